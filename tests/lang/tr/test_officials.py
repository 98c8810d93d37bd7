"""Officials in tr: (lang, text, expected people) rows."""

import pytest

from ..entity_rows import check_officials

ROWS = [
    ("tr", "Azerbaycan Dışişleri Bakanı Ceyhun Bayramov, Ankara'da temaslarda bulundu. Bayramov'a teşekkür edildi.",
     [("Ceyhun Bayramov", "foreign minister", "AZE")]),
    ("tr", "TBMM Başkanı Ahmet Yılmazer heyeti kabul etti.",
     [("Ahmet Yılmazer", "speaker", "TUR")]),
    ("tr", "Özbekistan Cumhurbaşkanı Şevket Mirziyoyev'i ziyaret etti.",
     [("Şevket Mirziyoyev", "president", "UZB")]),
]


@pytest.mark.parametrize("lang,text,expected", ROWS)
def test_officials(lang, text, expected):
    check_officials(lang, text, expected)
