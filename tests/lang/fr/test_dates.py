"""French dates: (lang, published, text, expected) rows."""

import pytest

from ..date_rows import check_dates

ROWS = [
    ("fr", "2024-10-24", "Les ministres se sont vus le 18 octobre à Vienne.", [("18 octobre", "2024-10-18", "absolute")]),
    ("fr", "2024-10-24", "La veille, ce mardi, le traité du 4 juin 2018 a été évoqué.",
     [("La veille", "2024-10-23", "relative"), ("mardi", "2024-10-22", "weekday"),
      ("4 juin 2018", "2018-06-04", "absolute")]),
    ("fr", "2024-01-05", "Le sommet a eu lieu le 30 décembre.", [("30 décembre", "2023-12-30", "absolute")]),
    ("fr", "2024-10-24", "PARIS, 23 octobre – Le ministre a parlé.", [("23 octobre", "2024-10-23", "dateline")]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_dates(lang, published, text, expected):
    check_dates(lang, published, text, expected)
