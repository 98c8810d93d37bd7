"""Language identification of Romanian texts: (lang, input) rows."""

from ..article_rows import check_language
from ..table import table

ROWS = [
    ("ro", "Ministrul afacerilor externe s-a întâlnit la Chișinău cu omologul său moldovean."),
    ("ro", "Exporturile au crescut datorită cererii de pe piețele asiatice."),
]


test_language = table(check_language, ROWS)
