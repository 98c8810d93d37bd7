"""Mongolian dates: (lang, published, text, expected) rows."""

import pytest

from ..date_rows import check_dates

ROWS = [
    ("mn", "2024-09-04", "Айлчлал 2024 оны 9 дүгээр сарын 3-нд болов.", [("2024 оны 9 дүгээр сарын 3-нд", "2024-09-03", "absolute")]),
    ("mn", "2023-05-22", "Хэлэлцээ 5-р сарын 21-нд боллоо.", [("5-р сарын 21-нд", "2023-05-21", "absolute")]),
    ("mn", "2024-04-25", "Төлөөлөгчид өчигдөр Улаанбаатарт ирэв.", [("өчигдөр", "2024-04-24", "relative")]),
    ("mn", "2024-04-25", "Экспорт 2020 сая ам.долларт хүрэв.", []),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_dates(lang, published, text, expected):
    check_dates(lang, published, text, expected)
