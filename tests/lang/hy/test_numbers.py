"""Armenian number reading: (lang, input, expected) rows."""

from ..number_rows import check_number
from ..table import table

ROWS = [
    ("hy", "Ծավալը կազմել է 1,2 մլրդ դոլար։", ("1,2 մլրդ դոլար", 1_200_000_000, "USD", "money")),
    ("hy", "Ներդրումները հասել են 250 մլն եվրոյի։", ("250 մլն եվրոյի", 250_000_000, "EUR", "money")),
    ("hy", "Ծրագրի բյուջեն 900 մլն դրամ է։", ("900 մլն դրամ", 900_000_000, "AMD", "money")),
    ("hy", "Գրանցվել է 13,5% աճ։", ("13,5%", 13.5, "percent", "percent")),
    ("hy", "Ցուցանիշն աճել է 8 տոկոսով։", ("8 տոկոսով", 8, "percent", "percent")),
]


test_numbers = table(check_number, ROWS)
