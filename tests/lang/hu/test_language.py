"""Language identification of Hungarian texts: (lang, input) rows."""

from ..article_rows import check_language
from ..table import table

ROWS = [
    ("hu", "A külügyminiszter Pozsonyban tárgyalt szlovák hivatali partnerével."),
    ("hu", "Az export az ázsiai piacok keresletének köszönhetően nőtt."),
]


test_language = table(check_language, ROWS)
