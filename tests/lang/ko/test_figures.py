"""Korean figures: (lang, published, text, expected) rows; 억 is 1e8."""

from ..figure_rows import check_figures
from ..table import table

ROWS = [
    ("ko", "2024-01-20", "2023년 한국과 중국의 교역액은 2673억 달러로 전년 대비 13.5% 감소했다.",
     [("trade_turnover", {"KOR", "CHN"}, "2023", 2.673e11, "USD"),
      ("growth_pct", {"KOR", "CHN"}, "2023", -13.5, "percent")]),
    # 차관 (a loan) is aid.
    ("ko", "2024-06-20", "한국 정부는 우크라이나에 21억 달러 규모의 차관을 제공한다.",
     [("aid", {"KOR", "UKR"}, "2024-06", 2.1e9, "USD")]),
]


test_figures = table(check_figures, ROWS)
