"""Language identification of Dutch texts: (lang, input) rows."""

from ..article_rows import check_language
from ..table import table

ROWS = [
    ("nl", "De minister van Buitenlandse Zaken sprak in Brussel met zijn Belgische ambtgenoot."),
    ("nl", "De export groeide dankzij de vraag uit Aziatische markten."),
]


test_language = table(check_language, ROWS)
