"""Serbian figures, both scripts: (lang, input, expected) rows."""

from ..figure_rows import check_figures
from ..table import table

ROWS = [
    ("sr", "2024-03-01",
     "Робна размена Србије и Кине у 2023. години износила је 6,1 милијарду долара, што је 15,5 одсто више него годину дана раније.",
     [("trade_turnover", {"SRB", "CHN"}, "2023", 6.1e9, "USD"),
      ("growth_pct", {"SRB", "CHN"}, "2023", 15.5, "percent")]),
    ("sr", "2024-11-20",
     "U periodu od januara do septembra 2024. godine spoljnotrgovinska razmena Srbije i Mađarske iznosila je 2,3 milijarde evra.",
     [("trade_turnover", {"SRB", "HUN"}, "2024-01/2024-09", 2.3e9, "EUR")]),
]


test_figures = table(check_figures, ROWS)
