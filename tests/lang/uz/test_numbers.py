"""Uzbek number reading, Latin and Cyrillic: (lang, input, expected) rows."""

from ..number_rows import check_number
from ..table import table

ROWS = [
    ("uz", "Tovar ayirboshlash 2,4 mlrd dollarni tashkil etdi.", ("2,4 mlrd dollarni", 2_400_000_000, "USD", "money")),
    ("uz", "Eksport 15,2 foizga o'sdi.", ("15,2 foizga", 15.2, "percent", "percent")),
    ("uz", "Loyihaga 500 mlrd so'm ajratildi.", ("500 mlrd so'm", 500_000_000_000, "UZS", "money")),
    ("uz", "Loyihaga 500 mlrd soʻm ajratildi.", ("500 mlrd soʻm", 500_000_000_000, "UZS", "money")),
    ("uz", "Савдо ҳажми 9,9 млрд долларга етди.", ("9,9 млрд долларга", 9_900_000_000, "USD", "money")),
    ("uz", "Ko'rsatkich 2023-yilda e'lon qilindi.", ("2023-yilda", 2023, None, "year")),
]


test_numbers = table(check_number, ROWS)
