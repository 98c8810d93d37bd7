"""Bulgarian dates: (lang, published, text, expected) rows."""

import pytest

from ..date_rows import check_dates

ROWS = [
    ("bg", "2024-11-20", "Разговорите се състояха на 14 ноември във Виена.", [("14 ноември", "2024-11-14", "absolute")]),
    ("bg", "2024-11-20", "Споразумението беше подписано на 3 март 2022 г.", [("3 март 2022", "2022-03-03", "absolute")]),
    ("bg", "2024-11-20", "Вчера министърът проведе среща, а в петък замина за Варшава.",
     [("Вчера", "2024-11-19", "relative"), ("петък", "2024-11-15", "weekday")]),
    ("bg", "2024-11-20", "През октомври 2024 г. стокообменът нарасна.", [("октомври 2024", "2024-10", "absolute")]),
    ("bg", "2024-11-20", "ВАРНА, 19 ноември. Делегациите обсъдиха транзита.",
     [("19 ноември", "2024-11-19", "dateline")]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_dates(lang, published, text, expected):
    check_dates(lang, published, text, expected)
