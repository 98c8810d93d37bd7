"""Kazakh number reading: (lang, input, expected) rows."""

from ..number_rows import check_number
from ..table import table

ROWS = [
    ("kk", "Тауар айналымы 2,4 млрд долларды құрады.", ("2,4 млрд долларды", 2_400_000_000, "USD", "money")),
    ("kk", "Экспорт 15,2 пайызға өсті.", ("15,2 пайызға", 15.2, "percent", "percent")),
    ("kk", "Келісімге 500 млн теңге бөлінді.", ("500 млн теңге", 500_000_000, "KZT", "money")),
    ("kk", "Көрсеткіш 2023 жылы жарияланды.", ("2023 жылы", 2023, None, "year")),
]


test_numbers = table(check_number, ROWS)
