"""Language identification of Polish texts: (lang, input) rows."""

from ..article_rows import check_language
from ..table import table

ROWS = [
    ("pl", "Minister spraw zagranicznych spotkał się w Wilnie ze swoim litewskim odpowiednikiem."),
    ("pl", "Eksport wzrósł dzięki popytowi na rynkach azjatyckich."),
]


test_language = table(check_language, ROWS)
