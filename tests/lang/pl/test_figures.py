"""Polish figures: (lang, input, expected) rows."""

from ..figure_rows import check_figures
from ..table import table

ROWS = [
    ("pl", "2024-03-01", "W 2023 r. obroty handlowe między Polską a Niemcami wyniosły 160,5 mld euro.",
     [("trade_turnover", {"POL", "DEU"}, "2023", 160.5e9, "EUR")]),
]


test_figures = table(check_figures, ROWS)
