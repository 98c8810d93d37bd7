"""Mongolian number reading: (lang, input, expected) rows."""

from ..number_rows import check_number
from ..table import table

ROWS = [
    ("mn", "Худалдааны эргэлт 2.4 тэрбум ам.доллар болов.", ("2.4 тэрбум ам.доллар", 2_400_000_000, "USD", "money")),
    ("mn", "Экспорт 15.2 хувиар өсөв.", ("15.2 хувиар", 15.2, "percent", "percent")),
    ("mn", "Төсөлд 500 сая төгрөг зарцуулав.", ("500 сая төгрөг", 500_000_000, "MNT", "money")),
]


test_numbers = table(check_number, ROWS)
