"""Language identification of Czech texts: (lang, input) rows."""

from ..article_rows import check_language
from ..table import table

ROWS = [
    ("cs", "Ministr zahraničí jednal v Bratislavě se svým slovenským protějškem."),
    ("cs", "Vývoz vzrostl díky poptávce na asijských trzích."),
]


test_language = table(check_language, ROWS)
