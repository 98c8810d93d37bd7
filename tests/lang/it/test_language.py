"""Language identification of Italian texts: (lang, input) rows."""

from ..article_rows import check_language
from ..table import table

ROWS = [
    ("it", "Il ministro degli Esteri ha incontrato il suo omologo portoghese a Lisbona."),
    ("it", "Le esportazioni sono cresciute grazie alla domanda dei mercati asiatici."),
]


test_language = table(check_language, ROWS)
