"""Azerbaijani figures: (lang, input, expected) rows."""

import pytest

from ..figure_rows import check_figures

ROWS = [
    ("az", "2024-10-05",
     "2024-cü ilin ilk altı ayında Azərbaycan ilə Gürcüstan arasında ticarət dövriyyəsi 412,6 milyon dollar "
     "(ixrac — 301,2 milyon dollar, idxal — 111,4 milyon dollar) olub.",
     [("trade_turnover", {"AZE", "GEO"}, "2024-01/2024-06", 412.6e6, "USD"),
      ("exports", {"AZE", "GEO"}, "2024-01/2024-06", 301.2e6, "USD"),
      ("imports", {"AZE", "GEO"}, "2024-01/2024-06", 111.4e6, "USD")]),
    ("az", "2023-08-01",
     "Keçən il Azərbaycanla Qazaxıstan arasında ticarət dövriyyəsi 24 faiz artıb.",
     [("growth_pct", {"AZE", "KAZ"}, "2022", 24, "percent")]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_figures(lang, published, text, expected):
    check_figures(lang, text, published, expected)
