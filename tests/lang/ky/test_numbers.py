"""Kyrgyz number reading: (lang, input, expected) rows."""

from ..number_rows import check_number
from ..table import table

ROWS = [
    ("ky", "Соода жүгүртүү 2,4 млрд долларды түздү.", ("2,4 млрд долларды", 2_400_000_000, "USD", "money")),
    ("ky", "Экспорт 15,2 пайызга өстү.", ("15,2 пайызга", 15.2, "percent", "percent")),
    ("ky", "Долбоорго 500 млн сом бөлүндү.", ("500 млн сом", 500_000_000, "KGS", "money")),
    ("ky", "Көрсөткүч 2023-жылы жарыяланды.", ("2023-жылы", 2023, None, "year")),
]


test_numbers = table(check_number, ROWS)
