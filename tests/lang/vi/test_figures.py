"""Vietnamese figures: (lang, published, text, expected) rows."""

from ..figure_rows import check_figures
from ..table import table

ROWS = [
    ("vi", "2024-04-17", "Năm 2023, kim ngạch thương mại song phương Việt Nam - Trung Quốc đạt 171,9 tỷ USD.",
     [("trade_turnover", {"VNM", "CHN"}, "2023", 171.9e9, "USD")]),
]


test_figures = table(check_figures, ROWS)
