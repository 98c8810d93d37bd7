"""Mongolian number reading: (lang, input, expected) rows."""

from ..number_rows import check_number
from ..table import table

ROWS = [
    ("mn", "Худалдааны эргэлт 2.4 тэрбум ам.доллар болов.", ("2.4 тэрбум ам.доллар", 2_400_000_000, "USD", "money")),
    ("mn", "Экспорт 15.2 хувиар өсөв.", ("15.2 хувиар", 15.2, "percent", "percent")),
    ("mn", "Төсөлд 500 сая төгрөг зарцуулав.", ("500 сая төгрөг", 500_000_000, "MNT", "money")),
    # "Over 700 billion": the qualifier stands between the number and its scale word, or after the scale.
    ("mn", "Худалдаа 700 гаруй тэрбум ам.доллар болов.", ("700 гаруй тэрбум ам.доллар", 700_000_000_000, "USD", "money")),
    ("mn", "Худалдаа 690 тэрбум гаруй ам.доллар болов.", ("690 тэрбум гаруй ам.доллар", 690_000_000_000, "USD", "money")),
]


test_numbers = table(check_number, ROWS)
