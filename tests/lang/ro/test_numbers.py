"""Romanian number reading: (lang, input, expected) rows."""

from ..number_rows import check_number
from ..table import table

ROWS = [
    ("ro", "Comerțul a atins 3,2 miliarde de euro.", ("3,2 miliarde de euro", 3_200_000_000, "EUR", "money")),
    ("ro", "Investiția a fost de 300 de milioane de dolari.", ("300 de milioane de dolari", 300_000_000, "USD", "money")),
    # "bilion" is 10^12, not an English billion.
    ("ro", "Datoria publică depășește 1,2 bilioane de lei.", ("1,2 bilioane de lei", 1.2e12, "RON", "money")),
    ("ro", "Împrumutul a fost de 1,5 mld. euro.", ("1,5 mld. euro", 1.5e9, "EUR", "money")),
    ("ro", "Exporturile au crescut cu 8 la sută.", ("8 la sută", 8, "percent", "percent")),
    ("ro", "Acordul a fost semnat în 2021.", ("2021", 2021, None, "year")),
]


test_numbers = table(check_number, ROWS)
