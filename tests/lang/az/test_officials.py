"""Officials in az: (lang, text, expected people) rows."""

import pytest

from ..entity_rows import check_officials

ROWS = [
    ("az", "Gürcüstanın xarici işlər naziri Maka Boçorişvili Bakıya gəlib. Boçorişviliyə xoş gəldiniz deyilib.",
     [("Maka Boçorişvili", "foreign minister", "GEO")]),
    ("az", "Toplantıda Özbəkistan xarici işlər nazirinin müavini Bakhromjon Aloyev çıxış edib.",
     [("Bakhromjon Aloyev", "deputy foreign minister", "UZB")]),
    ("az", "Milli Məclisin sədri Sahibə Qafarova qonaqları qəbul edib.",
     [("Sahibə Qafarova", "speaker", "AZE")]),
]


@pytest.mark.parametrize("lang,text,expected", ROWS)
def test_officials(lang, text, expected):
    check_officials(lang, text, expected)
