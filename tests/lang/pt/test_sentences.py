"""Portuguese sentence segmentation: (lang, input, expected) rows."""

from ..sentence_rows import check_sentences
from ..table import table

ROWS = [
    ("pt", "LISBOA, 12 de março. O ministro reuniu-se com o embaixador. As duas partes discutiram o comércio.",
     ["LISBOA, 12 de março. O ministro reuniu-se com o embaixador.", "As duas partes discutiram o comércio."]),
    ("pt", "O comércio cresceu 13,5 % e atingiu 523,7 milhões de dólares em 2023. O Dr. Pereira, dos EUA, chegou ontem.",
     ["O comércio cresceu 13,5 % e atingiu 523,7 milhões de dólares em 2023.", "O Dr. Pereira, dos EUA, chegou ontem."]),
]


test_sentences = table(check_sentences, ROWS)
