"""Kyrgyz dates: (lang, published, text, expected) rows."""

import pytest

from ..date_rows import check_dates

ROWS = [
    ("ky", "2024-04-25", "Министр 22-апрелде Ташкентте болду.", [("22-апрелде", "2024-04-22", "absolute")]),
    ("ky", "2024-10-25", "Сүйлөшүүлөр 22-октябрда өттү.", [("22-октябрда", "2024-10-22", "absolute")]),
    ("ky", "2024-04-25", "Делегация кечээ Бишкекке келди.", [("кечээ", "2024-04-24", "relative")]),
    ("ky", "2024-04-25", "Сүйлөшүүлөр дүйшөмбү күнү өттү.", [("дүйшөмбү", "2024-04-22", "weekday")]),
    ("ky", "2024-04-25", "Экспорт 2020 миллион долларга жетти.", []),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_dates(lang, published, text, expected):
    check_dates(lang, published, text, expected)
