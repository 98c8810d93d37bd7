"""French number reading: (lang, input, expected) rows."""

from ..number_rows import check_number
from ..table import table

ROWS = [
    ("fr", "Les échanges ont atteint 2,3 milliards de dollars.", ("2,3 milliards de dollars", 2_300_000_000, "USD", "money")),
    ("fr", "Un don de 15 millions d'euros a été annoncé.", ("15 millions d'euros", 15_000_000, "EUR", "money")),
    ("fr", "Les exportations ont progressé de 4,5 %.", ("4,5 %", 4.5, "percent", "percent")),
    ("fr", "Une hausse de 12 pour cent est notée.", ("12 pour cent", 12, "percent", "percent")),
    ("fr", "La somme de 1 500 000 euros a été versée.", ("1 500 000 euros", 1_500_000, "EUR", "money")),
]


test_numbers = table(check_number, ROWS)
