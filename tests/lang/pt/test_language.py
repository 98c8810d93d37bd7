"""Language identification of Portuguese texts: (lang, input) rows."""

from ..article_rows import check_language
from ..table import table

ROWS = [
    ("pt", "O ministro dos Negócios Estrangeiros reuniu-se com o seu homólogo espanhol em Madrid."),
    ("pt", "As exportações cresceram graças à procura dos mercados asiáticos."),
]


test_language = table(check_language, ROWS)
