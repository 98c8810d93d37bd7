"""Polish dates: (lang, published, text, expected) rows."""

import pytest

from ..date_rows import check_dates

ROWS = [
    ("pl", "2024-11-20", "Rozmowy odbyły się 14 listopada w Wiedniu.", [("14 listopada", "2024-11-14", "absolute")]),
    ("pl", "2024-11-20", "Umowę podpisano 3 marca 2022 r.", [("3 marca 2022", "2022-03-03", "absolute")]),
    ("pl", "2024-11-20", "Wczoraj minister spotkał się z ambasadorem, a w piątek poleciał do Madrytu.",
     [("Wczoraj", "2024-11-19", "relative"), ("piątek", "2024-11-15", "weekday")]),
    ("pl", "2024-11-20", "W październiku 2024 handel wzrósł.", [("październiku 2024", "2024-10", "absolute")]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_dates(lang, published, text, expected):
    check_dates(lang, published, text, expected)
