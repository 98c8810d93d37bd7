"""Serbian number reading, both scripts: (lang, input, expected) rows."""

from ..number_rows import check_number
from ..table import table

ROWS = [
    ("sr", "Размена је износила 6,1 милијарду долара.", ("6,1 милијарду долара", 6_100_000_000, "USD", "money")),
    ("sr", "Investicije su dostigle 1.250,5 miliona evra.", ("1.250,5 miliona evra", 1_250_500_000, "EUR", "money")),
    ("sr", "Буџет програма је 900 милиона динара.", ("900 милиона динара", 900_000_000, "RSD", "money")),
    ("sr", "Раст од 13,5% је забележен.", ("13,5%", 13.5, "percent", "percent")),
    ("sr", "Pokazatelj je porastao za 8 odsto.", ("8 odsto", 8, "percent", "percent")),
    ("sr", "Испоруке су повећане 1,5 пута.", ("1,5 пута", 1.5, None, "multiple")),
    ("sr", "Споразум је потписан 2021. године.", ("2021. године", 2021, None, "year")),
]


test_numbers = table(check_number, ROWS)
