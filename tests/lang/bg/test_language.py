"""Language identification of Bulgarian texts (close to Russian, Macedonian and Serbian): (lang, input) rows."""

from ..article_rows import check_language
from ..table import table

ROWS = [
    ("bg", "Министърът на външните работи на България проведе разговори с гръцкия си колега в Атина."),
    ("bg", "Правителството одобри проекта за изграждане на газовата връзка със Сърбия."),
    ("bg", "Двете страни обсъдиха развитието на търговията, енергетиката и транспортните коридори."),
]


test_language = table(check_language, ROWS)
