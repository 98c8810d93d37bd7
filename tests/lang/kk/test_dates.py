"""Kazakh dates: (lang, published, text, expected) rows."""

import pytest

from ..date_rows import check_dates

ROWS = [
    ("kk", "2024-04-25", "Министр 22 сәуірде Ташкентте болды.", [("22 сәуірде", "2024-04-22", "absolute")]),
    ("kk", "2024-04-25", "Делегация кеше Астанаға келді.", [("кеше", "2024-04-24", "relative")]),
    ("kk", "2024-04-25", "Келіссөздер дүйсенбі күні өтті.", [("дүйсенбі", "2024-04-22", "weekday")]),
    ("kk", "2024-04-25", "Экспорт 2020 миллион долларға жетті.", []),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_dates(lang, published, text, expected):
    check_dates(lang, published, text, expected)
