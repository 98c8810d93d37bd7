"""Polish number reading: (lang, input, expected) rows."""

from ..number_rows import check_number
from ..table import table

ROWS = [
    ("pl", "Obroty wyniosły 160,5 mld euro.", ("160,5 mld euro", 160_500_000_000, "EUR", "money")),
    ("pl", "Inwestycja kosztowała 300 mln zł.", ("300 mln zł", 300_000_000, "PLN", "money")),
    # "bilion" is 10^12, not an English billion.
    ("pl", "Dług publiczny przekroczył 1,6 bln zł.", ("1,6 bln zł", 1.6e12, "PLN", "money")),
    ("pl", "Pożyczka wyniosła 2,5 miliarda dolarów.", ("2,5 miliarda dolarów", 2.5e9, "USD", "money")),
    ("pl", "Eksport wzrósł o 8 proc. w skali roku.", ("8 proc", 8, "percent", "percent")),
]


test_numbers = table(check_number, ROWS)
