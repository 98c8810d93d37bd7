"""Turkish sentence segmentation: (lang, input, expected) rows."""

from ..sentence_rows import check_sentences
from ..table import table

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


test_sentences = table(check_sentences, ROWS)
