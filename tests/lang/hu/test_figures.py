"""Hungarian figures: (lang, published, text, expected) rows."""

from ..figure_rows import check_figures
from ..table import table

ROWS = [
    ("hu", "2024-04-17", "A Magyarország és Németország közötti kereskedelmi forgalom tavaly 72,4 milliárd eurót tett ki.",
     [("trade_turnover", {"HUN", "DEU"}, "2023", 72.4e9, "EUR")]),
]


test_figures = table(check_figures, ROWS)
