"""Hungarian figures: (lang, published, text, expected) rows."""

from ..figure_rows import check_figures
from ..table import table

ROWS = [
    ("hu", "2024-04-17", "A Magyarország és Németország közötti kereskedelmi forgalom tavaly 72,4 milliárd eurót tett ki.",
     [("trade_turnover", {"HUN", "DEU"}, "2023", 72.4e9, "EUR")]),
    # The European Council approves, the EU gives: one grant, the EU's, stated twice.
    ("hu", "2024-02-02",
     "Az Európai Tanács csütörtökön jóváhagyta az Ukrajnának szánt 50 milliárd eurós támogatási csomagot. "
     "Az EU 2024 és 2027 között 50 milliárd euró támogatást nyújt Ukrajnának.",
     [("aid", {"EU", "UKR"}, "2024-02", 5e10, "EUR")]),
]


test_figures = table(check_figures, ROWS)
