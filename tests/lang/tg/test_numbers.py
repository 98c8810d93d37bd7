"""Tajik number reading: (lang, input, expected) rows."""

from ..number_rows import check_number
from ..table import table

ROWS = [
    ("tg", "Гардиши мол 2,4 млрд долларро ташкил дод.", ("2,4 млрд долларро", 2_400_000_000, "USD", "money")),
    ("tg", "Содирот 15,2 фоиз афзоиш ёфт.", ("15,2 фоиз", 15.2, "percent", "percent")),
    ("tg", "Барои лоиҳа 500 миллион сомонӣ ҷудо шуд.", ("500 миллион сомонӣ", 500_000_000, "TJS", "money")),
]


test_numbers = table(check_number, ROWS)
