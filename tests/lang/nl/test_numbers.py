"""Dutch number reading: (lang, input, expected) rows."""

from ..number_rows import check_number
from ..table import table

ROWS = [
    ("nl", "De handel bedroeg 2,5 miljard euro.", ("2,5 miljard euro", 2_500_000_000, "EUR", "money")),
    ("nl", "De investering was 300 mln. dollar.", ("300 mln. dollar", 300_000_000, "USD", "money")),
    # "biljoen" is 10^12, not an English billion.
    ("nl", "De staatsschuld is 1,2 biljoen euro.", ("1,2 biljoen euro", 1.2e12, "EUR", "money")),
    ("nl", "De lening bedroeg 300.000 euro.", ("300.000 euro", 300_000, "EUR", "money")),
    ("nl", "De export steeg met 8 procent.", ("8 procent", 8, "percent", "percent")),
    ("nl", "Het akkoord werd in 2021 getekend.", ("2021", 2021, None, "year")),
]


test_numbers = table(check_number, ROWS)
