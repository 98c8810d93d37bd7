"""Turkish number reading: (lang, input, expected) rows."""

from ..number_rows import check_number
from ..table import table

ROWS = [
    ("tr", "Hacim 7,8 milyar dolara ulaştı.", ("7,8 milyar dolara", 7_800_000_000, "USD", "money")),
    ("tr", "Şirket 1.250 milyon lira yatırdı.", ("1.250 milyon lira", 1_250_000_000, "TRY", "money")),
    ("tr", "Satışlar yüzde 9,4 arttı.", ("yüzde 9,4", 9.4, "percent", "percent")),
    ("tr", "Enflasyon %47 oldu.", ("%47", 47, "percent", "percent")),
    ("tr", "Anlaşma 2020 yılında imzalandı.", ("2020 yılında", 2020, None, "year")),
    ("tr", "Ziyaret 2022'de gerçekleşti.", ("2022'de", 2022, None, "year")),
    ("tr", "Üretim iki kat arttı.", ("iki kat", 2, None, "multiple")),
]


test_numbers = table(check_number, ROWS)
