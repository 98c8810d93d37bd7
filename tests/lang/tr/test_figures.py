"""Turkish figures: (lang, input, expected) rows."""

import pytest

from ..figure_rows import check_figures

ROWS = [
    ("tr", "2024-04-11",
     "Türkiye ile Özbekistan arasındaki ticaret hacmi 2023 yılında 3,4 milyar dolar oldu.",
     [("trade_turnover", {"TUR", "UZB"}, "2023", 3.4e9, "USD")]),
    ("tr", "2024-04-11",
     "İki ülke, Türkiye ile Özbekistan arasındaki ticaret için 10 milyar dolarlık yeni bir hedef belirledi.",
     []),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_figures(lang, published, text, expected):
    check_figures(lang, text, published, expected)
