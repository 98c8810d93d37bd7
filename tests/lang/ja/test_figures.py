"""Japanese figures: (lang, published, text, expected) rows; 億 is 1e8."""

from ..figure_rows import check_figures
from ..table import table

ROWS = [
    ("ja", "2024-02-20", "日本と中国の2023年の貿易総額は3180億ドルで、前年比10.7%減少した。",
     [("trade_turnover", {"JPN", "CHN"}, "2023", 3.18e11, "USD"),
      ("growth_pct", {"JPN", "CHN"}, "2023", -10.7, "percent")]),
    # 融資 (a loan) is aid.
    ("ja", "2024-02-20", "日本はウクライナに45億ドルの融資を行う。",
     [("aid", {"JPN", "UKR"}, "2024-02", 4.5e9, "USD")]),
]


test_figures = table(check_figures, ROWS)
