"""Turkish dates: (lang, published, text, expected) rows."""

import pytest

from ..date_rows import check_dates

ROWS = [
    ("tr", "2024-09-10", "Bakan 5 Eylül'de Bakü'yü ziyaret etti.", [("5 Eylül'de", "2024-09-05", "absolute")]),
    ("tr", "2024-09-10", "Heyet dün Ankara'ya geldi, çarşamba günü ayrılacak.",
     [("dün", "2024-09-09", "relative"), ("çarşamba", "2024-09-04", "weekday")]),
    ("tr", "2024-09-10", "Anlaşma 12 Mart 2020 tarihinde imzalandı.", [("12 Mart 2020", "2020-03-12", "absolute")]),
    ("tr", "2024-09-10", "İhracat 2021 milyon dolara ulaştı.", []),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_dates(lang, published, text, expected):
    check_dates(lang, published, text, expected)
