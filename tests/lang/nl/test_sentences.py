"""Dutch sentence segmentation: (lang, input, expected) rows."""

from ..sentence_rows import check_sentences
from ..table import table

ROWS = [
    ("nl", "DEN HAAG, 12 maart. De minister sprak met de ambassadeur. Beide partijen bespraken de handel.",
     ["DEN HAAG, 12 maart. De minister sprak met de ambassadeur.", "Beide partijen bespraken de handel."]),
    ("nl", "De handel groeide met 13,5 procent tot 523,7 mln. euro in 2023. Dr. Jansen, o.a. adviseur, kwam gisteren.",
     ["De handel groeide met 13,5 procent tot 523,7 mln. euro in 2023.", "Dr. Jansen, o.a. adviseur, kwam gisteren."]),
]


test_sentences = table(check_sentences, ROWS)
