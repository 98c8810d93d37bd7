"""Indonesian number reading: (lang, input, expected) rows."""

from ..number_rows import check_number
from ..table import table

ROWS = [
    ("id", "Nilai perdagangan mencapai 127 miliar dolar AS.", ("127 miliar dolar AS", 127e9, "USD", "money")),
    ("id", "Investasi sebesar Rp 1,5 triliun disepakati.", ("Rp 1,5 triliun", 1.5e12, "IDR", "money")),
    ("id", "Ekspor naik 12,5 persen.", ("12,5 persen", 12.5, "percent", "percent")),
    ("id", "Bantuan senilai 2.500.000 dolar dikirim.", ("2.500.000 dolar", 2.5e6, "USD", "money")),
]


test_numbers = table(check_number, ROWS)
