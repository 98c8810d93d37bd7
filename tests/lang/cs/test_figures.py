"""Czech figures: (lang, input, expected) rows."""

from ..figure_rows import check_figures
from ..table import table

ROWS = [
    ("cs", "2024-04-17", "Vzájemný obchod mezi Českem a Německem loni dosáhl 96,4 mld. eur.",
     [("trade_turnover", {"CZE", "DEU"}, "2023", 96.4e9, "EUR")]),
]


test_figures = table(check_figures, ROWS)
