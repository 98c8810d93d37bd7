"""Hebrew dates, Gregorian and Hebrew calendar: (lang, published, text, expected) rows."""

import pytest

from ..date_rows import check_dates

ROWS = [
    ("he", "2025-12-08", "השרים נפגשו ב-3 בדצמבר 2025 בירושלים.", [("3 בדצמבר 2025", "2025-12-03", "absolute")]),
    ("he", "2025-12-08", "ההסכם נחתם בי״ד בכסלו תשפ״ו.", [("י״ד בכסלו תשפ״ו", "2025-12-04", "absolute")]),
    ("he", "2025-12-08", "השר חזר אתמול ממוסקבה.", [("אתמול", "2025-12-07", "relative")]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_dates(lang, published, text, expected):
    check_dates(lang, published, text, expected)
