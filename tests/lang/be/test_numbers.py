"""Belarusian number reading: (lang, input, expected) rows."""

from ..number_rows import check_number
from ..table import table

ROWS = [
    ("be", "Тавараабарот склаў 2,4 млрд долараў.", ("2,4 млрд долараў", 2_400_000_000, "USD", "money")),
    ("be", "Экспарт вырас на 15,2 працэнта.", ("15,2 працэнта", 15.2, "percent", "percent")),
    ("be", "На праект выдзелена 500 млн беларускіх рублёў.", ("500 млн беларускіх рублёў", 500_000_000, "BYN", "money")),
    ("be", "Даклад апублікавалі ў 2023 годзе.", ("2023 годзе", 2023, None, "year")),
]


test_numbers = table(check_number, ROWS)
