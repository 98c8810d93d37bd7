"""German figures: (lang, input, expected) rows."""

import pytest

from ..figure_rows import check_figures

ROWS = [
    ("de", "2024-02-14",
     "Das Handelsvolumen zwischen Deutschland und Kasachstan stieg 2023 um 12 Prozent auf 4,2 Mrd. Euro.",
     [("trade_turnover", {"DEU", "KAZ"}, "2023", 4.2e9, "EUR"), ("growth_pct", {"DEU", "KAZ"}, "2023", 12, "percent")]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_figures(lang, published, text, expected):
    check_figures(lang, text, published, expected)
