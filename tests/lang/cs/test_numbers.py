"""Czech number reading: (lang, input, expected) rows."""

from ..number_rows import check_number
from ..table import table

ROWS = [
    # "eur" is the genitive plural of "euro", not only the ISO code.
    ("cs", "Obchod dosáhl 96,4 mld. eur.", ("96,4 mld. eur", 96_400_000_000, "EUR", "money")),
    ("cs", "Investice stála 300 mil. Kč.", ("300 mil. Kč", 300_000_000, "CZK", "money")),
    # "bilion" is 10^12, not an English billion.
    ("cs", "Státní dluh přesáhl 3,1 bilionu korun.", ("3,1 bilionu korun", 3.1e12, "CZK", "money")),
    ("cs", "Vývoz vzrostl o 8 procent.", ("8 procent", 8, "percent", "percent")),
]


test_numbers = table(check_number, ROWS)
