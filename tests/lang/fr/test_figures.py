"""French figures: (lang, input, expected) rows."""

import pytest

from ..figure_rows import check_figures

ROWS = [
    ("fr", "2024-06-20",
     "En 2023, les échanges commerciaux entre la France et le Maroc ont atteint 14,3 milliards d'euros.",
     [("trade_turnover", {"FRA", "MAR"}, "2023", 14.3e9, "EUR")]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_figures(lang, published, text, expected):
    check_figures(lang, text, published, expected)
