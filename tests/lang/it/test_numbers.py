"""Italian number reading: (lang, input, expected) rows."""

from ..number_rows import check_number
from ..table import table

ROWS = [
    ("it", "Il commercio ha raggiunto 2,5 miliardi di dollari.", ("2,5 miliardi di dollari", 2_500_000_000, "USD", "money")),
    ("it", "Il prestito è di 300 mila euro.", ("300 mila euro", 300_000, "EUR", "money")),
    ("it", "L'investimento vale 1.250 milioni di euro.", ("1.250 milioni di euro", 1_250_000_000, "EUR", "money")),
    ("it", "Le importazioni sono salite a 4,3 mld di dollari.", ("4,3 mld di dollari", 4_300_000_000, "USD", "money")),
    ("it", "È cresciuto del 13,5% in un anno.", ("13,5%", 13.5, "percent", "percent")),
    ("it", "È aumentato dell'8 per cento.", ("8 per cento", 8, "percent", "percent")),
    ("it", "Le vendite sono aumentate di 1,5 volte.", ("1,5 volte", 1.5, None, "multiple")),
    ("it", "L'accordo è stato firmato nel 2021.", ("2021", 2021, None, "year")),
]


test_numbers = table(check_number, ROWS)
