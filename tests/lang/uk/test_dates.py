"""Ukrainian dates: (lang, published, text, expected) rows."""

import pytest

from ..date_rows import check_dates

ROWS = [
    ("uk", "2024-11-20", "Переговори відбулися 14 листопада у Відні.", [("14 листопада", "2024-11-14", "absolute")]),
    ("uk", "2024-11-20", "Угоду підписано 3 березня 2022 року.", [("3 березня 2022", "2022-03-03", "absolute")]),
    ("uk", "2024-11-20", "Напередодні міністр провів зустріч, а в п'ятницю вилетів до Варшави.",
     [("Напередодні", "2024-11-19", "relative"), ("п'ятницю", "2024-11-15", "weekday")]),
    ("uk", "2024-11-20", "Учора делегації підбили підсумки.", [("Учора", "2024-11-19", "relative")]),
    ("uk", "2024-11-20", "У жовтні 2024 року товарообіг зріс.", [("жовтні 2024", "2024-10", "absolute")]),
    ("uk", "2024-11-20", "ЛЬВІВ, 19 листопада. Делегації обговорили транзит.",
     [("19 листопада", "2024-11-19", "dateline")]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_dates(lang, published, text, expected):
    check_dates(lang, published, text, expected)
