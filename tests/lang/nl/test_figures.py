"""Dutch figures: (lang, input, expected) rows."""

from ..figure_rows import check_figures
from ..table import table

ROWS = [
    ("nl", "2024-03-01",
     "Vorig jaar bedroeg de handel tussen Nederland en China 120,5 miljard euro, een daling van 3,2 procent.",
     [("trade_turnover", {"NLD", "CHN"}, "2023", 120.5e9, "EUR"),
      ("growth_pct", {"NLD", "CHN"}, "2023", -3.2, "percent")]),
]


test_figures = table(check_figures, ROWS)
