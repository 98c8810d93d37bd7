"""Uzbek dates: (lang, published, text, expected) rows."""

import pytest

from ..date_rows import check_dates

ROWS = [
    ("uz", "2024-05-28", "Vazir 27-may kuni Toshkentda bo'ldi.", [("27-may", "2024-05-27", "absolute")]),
    ("uz", "2024-10-25", "Muzokaralar 22-oktabrda bo'lib o'tdi.", [("22-oktabrda", "2024-10-22", "absolute")]),
    ("uz", "2024-10-25", "Делегация 22 октябрда Тошкентга келди.", [("22 октябрда", "2024-10-22", "absolute")]),
    ("uz", "2024-04-25", "Delegatsiya kecha Toshkentga keldi.", [("kecha", "2024-04-24", "relative")]),
    ("uz", "2024-04-25", "Muzokaralar dushanba kuni bo'lib o'tdi.", [("dushanba", "2024-04-22", "weekday")]),
    ("uz", "2024-04-25", "Eksport 2020 million dollarga yetdi.", []),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_dates(lang, published, text, expected):
    check_dates(lang, published, text, expected)
