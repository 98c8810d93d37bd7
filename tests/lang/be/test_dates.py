"""Belarusian dates: (lang, published, text, expected) rows."""

import pytest

from ..date_rows import check_dates

ROWS = [
    ("be", "2024-12-07", "Дагавор падпісалі 6 снежня ў Мінску.", [("6 снежня", "2024-12-06", "absolute")]),
    ("be", "2024-04-25", "Перамовы адбыліся 22 красавіка 2024 года.", [("22 красавіка 2024", "2024-04-22", "absolute")]),
    ("be", "2024-04-25", "Дэлегацыя ўчора прыбыла ў Мінск.", [("ўчора", "2024-04-24", "relative")]),
    ("be", "2024-04-25", "Перамовы прайшлі ў панядзелак.", [("панядзелак", "2024-04-22", "weekday")]),
    ("be", "2024-04-25", "Экспарт дасягнуў 2020 мільёнаў долараў.", []),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_dates(lang, published, text, expected):
    check_dates(lang, published, text, expected)
