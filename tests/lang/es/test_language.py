"""Language identification of Spanish texts: (lang, input) rows."""

from ..article_rows import check_language
from ..table import table

ROWS = [
    ("es", "El ministro de Asuntos Exteriores se reunió con su homólogo portugués en Lisboa."),
    ("es", "Las exportaciones crecieron gracias a la demanda de los mercados asiáticos."),
]


test_language = table(check_language, ROWS)
