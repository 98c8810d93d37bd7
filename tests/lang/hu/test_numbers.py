"""Hungarian number reading: (lang, input, expected) rows. Decimal comma, space grouping,
"milliárd" (10^9), amounts as adjectives ("50 milliárd eurós")."""

from ..number_rows import check_number
from ..table import table

ROWS = [
    ("hu", "A forgalom 3,2 milliárd eurót tett ki.", ("3,2 milliárd eurót", 3_200_000_000, "EUR", "money")),
    ("hu", "Az unió 50 milliárd eurós támogatást hagyott jóvá.", ("50 milliárd eurós", 50_000_000_000, "EUR", "money")),
    ("hu", "A beruházás 1 200 millió forint volt.", ("1 200 millió forint", 1_200_000_000, "HUF", "money")),
    ("hu", "Az export 12,5 százalékkal nőtt.", ("12,5 százalékkal", 12.5, "percent", "percent")),
]


test_numbers = table(check_number, ROWS)
