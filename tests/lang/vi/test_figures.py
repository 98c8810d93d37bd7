"""Vietnamese figures: (lang, published, text, expected) rows."""

from ..figure_rows import check_figures
from ..table import table

ROWS = [
    ("vi", "2024-04-17", "Năm 2023, kim ngạch thương mại song phương Việt Nam - Trung Quốc đạt 171,9 tỷ USD.",
     [("trade_turnover", {"VNM", "CHN"}, "2023", 171.9e9, "USD")]),
    # A trade surplus is a difference, no figure; the exports beside it are one.
    ("vi", "2024-02-20",
     "Theo số liệu của Tổng cục Hải quan, năm 2023 thặng dư thương mại của Việt Nam với Mỹ đạt 104,6 tỷ USD, "
     "trong khi kim ngạch xuất khẩu sang Mỹ đạt 97 tỷ USD.",
     [("exports", {"VNM", "USA"}, "2023", 9.7e10, "USD")]),
]


test_figures = table(check_figures, ROWS)
