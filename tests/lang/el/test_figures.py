"""Greek figures: (lang, input, expected) rows."""

from ..figure_rows import check_figures
from ..table import table

ROWS = [
    ("el", "2024-03-01",
     "Το 2023 ο όγκος του διμερούς εμπορίου Ελλάδας και Βουλγαρίας ανήλθε σε 4,1 δισ. ευρώ, αυξημένος κατά 5,2%.",
     [("trade_turnover", {"GRC", "BGR"}, "2023", 4.1e9, "EUR"),
      ("growth_pct", {"GRC", "BGR"}, "2023", 5.2, "percent")]),
]


test_figures = table(check_figures, ROWS)
