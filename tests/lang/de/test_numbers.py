"""German number reading: (lang, input, expected) rows."""

from ..number_rows import check_number
from ..table import table

ROWS = [
    ("de", "Der Umsatz lag bei 1.234,5 Mio. Euro.", ("1.234,5 Mio. Euro", 1_234_500_000, "EUR", "money")),
    ("de", "Das Volumen erreichte 4,7 Mrd. US-Dollar.", ("4,7 Mrd. US-Dollar", 4_700_000_000, "USD", "money")),
    ("de", "Die Exporte stiegen um 6,2 Prozent.", ("6,2 Prozent", 6.2, "percent", "percent")),
    ("de", "Der Handel wuchs um 3 %.", ("3 %", 3, "percent", "percent")),
    ("de", "Die Hilfe umfasst 20 Millionen Euro.", ("20 Millionen Euro", 20_000_000, "EUR", "money")),
]


test_numbers = table(check_number, ROWS)
