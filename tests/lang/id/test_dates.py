"""Indonesian dates: (lang, published, text, expected) rows."""

import pytest

from ..date_rows import check_dates

ROWS = [
    ("id", "2024-11-10", "Kedua presiden bertemu pada 9 November 2024 di Beijing.", [("9 November 2024", "2024-11-09", "absolute")]),
    ("id", "2024-11-10", "Delegasi tiba di Jakarta kemarin.", [("kemarin", "2024-11-09", "relative")]),
    ("id", "2024-11-10", "Pembicaraan digelar pada hari Selasa.", [("Selasa", "2024-11-05", "weekday")]),
    ("id", "2024-11-10", "Ekspor mencapai 2020 juta dolar AS.", []),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_dates(lang, published, text, expected):
    check_dates(lang, published, text, expected)
