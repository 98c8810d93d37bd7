"""Turkish sentence segmentation: (lang, input, expected) rows."""

import pytest

from ..sentence_rows import check_sentences

ROWS = [
    ("tr", "İZMİR – Bakan dün büyükelçiyi kabul etti. Görüşme iki saat sürdü.",
     ["İZMİR – Bakan dün büyükelçiyi kabul etti.", "Görüşme iki saat sürdü."]),
    ("tr", "Ticaret hacmi 6,3 milyar dolardan 523.7 milyon dolara geriledi. Bakanlık açıklama yaptı.",
     ["Ticaret hacmi 6,3 milyar dolardan 523.7 milyon dolara geriledi.", "Bakanlık açıklama yaptı."]),
    ("tr", "Toplantıya Prof. Dr. Ayşe Kaya katıldı. Ardından 18. yüzyıl eserleri sergilendi.",
     ["Toplantıya Prof. Dr. Ayşe Kaya katıldı.", "Ardından 18. yüzyıl eserleri sergilendi."]),
    ("tr", "Bakan, “Hazırız.” dedi. Görüşmeler sürecek.",
     ["Bakan, “Hazırız.” dedi.", "Görüşmeler sürecek."]),
]


@pytest.mark.parametrize("lang,text,expected", ROWS)
def test_sentences(lang, text, expected):
    check_sentences(lang, text, expected)
