"""Kazakh figures: (lang, input, expected) rows."""

import pytest

from ..figure_rows import check_figures

ROWS = [
    ("kk", "2024-03-01",
     "2023 жылы Қазақстан мен Қытай арасындағы тауар айналымы 31,5 млрд долларды құрады.",
     [("trade_turnover", {"KAZ", "CHN"}, "2023", 31.5e9, "USD")]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_figures(lang, published, text, expected):
    check_figures(lang, text, published, expected)
