"""Bulgarian figures: (lang, input, expected) rows."""

from ..figure_rows import check_figures
from ..table import table

ROWS = [
    ("bg", "2024-10-01",
     "За периода януари – юли 2024 г. стокообменът между България и Гърция възлиза на 2,6 млрд. евро, "
     "като нараства с 9,1%.",
     [("trade_turnover", {"BGR", "GRC"}, "2024-01/2024-07", 2.6e9, "EUR"),
      ("growth_pct", {"BGR", "GRC"}, "2024-01/2024-07", 9.1, "percent")]),
    ("bg", "2023-02-20",
     "Миналата година стокообменът между България и Турция намаля с 4% и достигна 7,4 млрд. долара.",
     [("trade_turnover", {"BGR", "TUR"}, "2022", 7.4e9, "USD"),
      ("growth_pct", {"BGR", "TUR"}, "2022", -4, "percent")]),
]


test_figures = table(check_figures, ROWS)
