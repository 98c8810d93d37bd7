"""Chinese pair words (中欧, 中俄): each character names a party of the figure, the EU included."""

from .figure_rows import check_figures
from .table import table

ROWS = [
    ("zh", "2024-03-07", "海关总署7日发布数据显示，今年前两个月，中欧贸易额达1200亿美元，同比增长5%。",
     [("trade_turnover", {"CHN", "EU"}, "2024-01/2024-02", 1.2e11, "USD"),
      ("growth_pct", {"CHN", "EU"}, "2024-01/2024-02", 5, "percent")]),
    ("zh", "2024-01-12", "据中国海关统计，2023年中俄贸易额达2401亿美元。",
     [("trade_turnover", {"CHN", "RUS"}, "2023", 2.401e11, "USD")]),
]

test_pair_words = table(check_figures, ROWS)
