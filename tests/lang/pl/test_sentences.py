"""Polish sentence segmentation: (lang, input, expected) rows."""

from ..sentence_rows import check_sentences
from ..table import table

ROWS = [
    ("pl", "WARSZAWA, 12 marca. Minister spotkał się z ambasadorem. Obie strony omówiły handel.",
     ["WARSZAWA, 12 marca. Minister spotkał się z ambasadorem.", "Obie strony omówiły handel."]),
    # "dr.", "tzn." and "mld" end no sentence.
    ("pl", "Handel wzrósł o 13,5 proc., tzn. do 523,7 mld zł w 2023 r. Dr. Kowalski z MSZ przybył wczoraj.",
     ["Handel wzrósł o 13,5 proc., tzn. do 523,7 mld zł w 2023 r.", "Dr. Kowalski z MSZ przybył wczoraj."]),
]


test_sentences = table(check_sentences, ROWS)
