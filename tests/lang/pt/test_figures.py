"""Portuguese figures: (lang, input, expected) rows."""

from ..figure_rows import check_figures
from ..table import table

ROWS = [
    # Portugal's long scale: "mil milhões" is 10^9.
    ("pt", "2024-03-01",
     "Em 2023, o comércio entre o Brasil e a China atingiu 157,5 mil milhões de dólares, um aumento de 4,3 %.",
     [("trade_turnover", {"BRA", "CHN"}, "2023", 157.5e9, "USD"),
      ("growth_pct", {"BRA", "CHN"}, "2023", 4.3, "percent")]),
    # Brazil's short scale: "bilhões" is 10^9 too.
    ("pt", "2024-03-01",
     "No ano passado, as exportações do Brasil para a China somaram 104,3 bilhões de dólares.",
     [("exports", {"BRA", "CHN"}, "2023", 104.3e9, "USD")]),
]


test_figures = table(check_figures, ROWS)
