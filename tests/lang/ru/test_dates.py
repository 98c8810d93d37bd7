"""Russian dates: (lang, published, text, expected) rows."""

import pytest

from ..date_rows import check_dates

ROWS = [
    ("ru", "2024-11-20", "Переговоры прошли 14 ноября в Вене.", [("14 ноября", "2024-11-14", "absolute")]),
    ("ru", "2024-11-20", "Соглашение подписано 3 марта 2022 года.", [("3 марта 2022", "2022-03-03", "absolute")]),
    ("ru", "2024-11-20", "Накануне министр провел встречу, а в пятницу вылетел в Минск.",
     [("Накануне", "2024-11-19", "relative"), ("пятницу", "2024-11-15", "weekday")]),
    ("ru", "2024-11-20", "В октябре 2024 года товарооборот вырос.", [("октябре 2024", "2024-10", "absolute")]),
    ("ru", "2024-11-20", "АСТАНА, 19 ноября. Делегации обсудили транзит.",
     [("19 ноября", "2024-11-19", "dateline")]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_dates(lang, published, text, expected):
    check_dates(lang, published, text, expected)
