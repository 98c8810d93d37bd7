"""Spanish figures: (lang, input, expected) rows."""

from ..figure_rows import check_figures
from ..table import table

ROWS = [
    ("es", "2024-10-01",
     "Entre enero y julio de 2024, el intercambio comercial entre España y Marruecos alcanzó "
     "2.600 millones de dólares, un aumento del 9,1 %.",
     [("trade_turnover", {"ESP", "MAR"}, "2024-01/2024-07", 2.6e9, "USD"),
      ("growth_pct", {"ESP", "MAR"}, "2024-01/2024-07", 9.1, "percent")]),
    ("es", "2023-02-20",
     "El año pasado el comercio entre Colombia y Venezuela cayó un 4 % y se situó en 740 millones de dólares.",
     [("trade_turnover", {"COL", "VEN"}, "2022", 740e6, "USD"),
      ("growth_pct", {"COL", "VEN"}, "2022", -4, "percent")]),
]


test_figures = table(check_figures, ROWS)
