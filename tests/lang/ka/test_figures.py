"""Georgian figures: (lang, input, expected) rows."""

from ..figure_rows import check_figures
from ..table import table

ROWS = [
    ("ka", "2024-03-01",
     "2023 წელს საქართველოსა და სომხეთს შორის სავაჭრო ბრუნვამ 1,1 მილიარდი აშშ დოლარი შეადგინა.",
     [("trade_turnover", {"GEO", "ARM"}, "2023", 1.1e9, "USD")]),
]


test_figures = table(check_figures, ROWS)
