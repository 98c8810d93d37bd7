"""Chinese figures: (lang, published, text, expected) rows; 亿 is 1e8."""

from ..figure_rows import check_figures
from ..table import table

ROWS = [
    ("zh", "2024-01-12", "据中国海关统计，2023年中国与俄罗斯双边贸易额达到2401亿美元，同比增长26.3%。",
     [("trade_turnover", {"CHN", "RUS"}, "2023", 2.401e11, "USD"),
      ("growth_pct", {"CHN", "RUS"}, "2023", 26.3, "percent")]),
    # 提供 ... 财政支持 (provides financial support) is aid.
    ("zh", "2024-02-02", "据新华社报道，欧盟成员国领导人当天同意向乌克兰提供500亿欧元的财政支持。",
     [("aid", {"EU", "UKR"}, "2024-02", 5e10, "EUR")]),
]


test_figures = table(check_figures, ROWS)
