"""Romanian figures: (lang, input, expected) rows."""

from ..figure_rows import check_figures
from ..table import table

ROWS = [
    ("ro", "2024-03-01",
     "Schimburile comerciale dintre România și Republica Moldova au ajuns la 3,2 miliarde de euro în 2023, "
     "în creștere cu 5 la sută.",
     [("trade_turnover", {"ROU", "MDA"}, "2023", 3.2e9, "EUR"),
      ("growth_pct", {"ROU", "MDA"}, "2023", 5, "percent")]),
]


test_figures = table(check_figures, ROWS)
