"""Azerbaijani number reading: (lang, input, expected) rows."""

from ..number_rows import check_number
from ..table import table

ROWS = [
    ("az", "Dövriyyə 812,4 milyon dollar olub.", ("812,4 milyon dollar", 812_400_000, "USD", "money")),
    ("az", "Layihəyə 45 milyon manatdan çox vəsait ayrılıb.", ("45 milyon manatdan", 45_000_000, "AZN", "money")),
    ("az", "Bu, 3,1 milyard avro deməkdir.", ("3,1 milyard avro", 3_100_000_000, "EUR", "money")),
    ("az", "İxrac 17 faiz artıb.", ("17 faiz", 17, "percent", "percent")),
    ("az", "Həcm iki dəfə artıb.", ("iki dəfə", 2, None, "multiple")),
    ("az", "Saziş 2019-cu ildə imzalanıb.", ("2019-cu ildə", 2019, None, "year")),
    ("az", "Hesabat 612.5-ci ildə dərc olunub.", ("612.5-ci ildə", 612.5, None, "year")),
]


test_numbers = table(check_number, ROWS)
