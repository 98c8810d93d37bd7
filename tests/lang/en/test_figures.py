"""English figures: (lang, input, expected) rows; the published date resolves "last year"."""

import pytest

from ..figure_rows import check_figures

ROWS = [
    ("en", "2024-03-02",
     "Trade between Armenia and Iran reached $1.2 billion in 2023, up 14% from the previous year.",
     [("trade_turnover", {"ARM", "IRN"}, "2023", 1.2e9, "USD"), ("growth_pct", {"ARM", "IRN"}, "2023", 14, "percent")]),
    ("en", "2024-09-10",
     "In the first seven months of 2024, Mongolia's exports to China totalled $6.1 billion, "
     "while imports from China came to $2.3 billion.",
     [("exports", {"MNG", "CHN"}, "2024-01/2024-07", 6.1e9, "USD"),
      ("imports", {"MNG", "CHN"}, "2024-01/2024-07", 2.3e9, "USD")]),
    ("en", "2023-05-15",
     "Japan and Vietnam set a new target of $100 billion in trade by 2030, officials said.",
     []),
    ("en", "2022-11-03",
     "Norway pledged $20 million in humanitarian aid to Yemen.",
     [("aid", {"NOR", "YEM"}, "2022-11", 2e7, "USD")]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_figures(lang, published, text, expected):
    check_figures(lang, text, published, expected)
