"""Azerbaijani dates: (lang, published, text, expected) rows."""

import pytest

from ..date_rows import check_dates

ROWS = [
    ("az", "2024-03-20", "Nazir martın 12-də Tbilisidə olub.", [("martın 12-də", "2024-03-12", "absolute")]),
    ("az", "2024-01-10", "Sənəd dekabrın 28-29-da imzalanıb.", [("dekabrın 28-29-da", "2023-12-28", "absolute")]),
    ("az", "2024-05-02", "Görüş dünən keçirilib, bu gün isə səfər başa çatıb.",
     [("dünən", "2024-05-01", "relative"), ("bu gün", "2024-05-02", "relative")]),
    ("az", "2024-05-02", "İxrac 2021 milyon dollar, idxal isə 310.5 milyon dollar olub.", []),
    ("az", "2024-05-02", "Layihə 2019-cu ildə başlayıb.", [("2019", "2019", "absolute")]),
    ("az", "2024-05-02", "Bakı, 30 aprel. Prezident qonağı qəbul edib.",
     [("30 aprel", "2024-04-30", "dateline")]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_dates(lang, published, text, expected):
    check_dates(lang, published, text, expected)
