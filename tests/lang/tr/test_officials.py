"""Officials in tr: (lang, text, expected people) rows."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("tr", "Azerbaycan Dışişleri Bakanı Ceyhun Bayramov, Ankara'da temaslarda bulundu. Bayramov'a teşekkür edildi.",
     [("Ceyhun Bayramov", "foreign minister", "AZE")]),
    ("tr", "TBMM Başkanı Ahmet Yılmazer heyeti kabul etti.",
     [("Ahmet Yilmazer", "speaker", "TUR")]),
    ("tr", "Özbekistan Cumhurbaşkanı Şevket Mirziyoyev'i ziyaret etti.",
     [("Sevket Mirziyoyev", "president", "UZB")]),
    # The country right before the role wins over one earlier in the sentence.
    ("tr", "Gürcistan Başbakanı Levan Beridze, Türkiye Ticaret Bakanı Ayşe Kaya'yı kabul etti.",
     [("Levan Beridze", "prime minister", "GEO"), ("Ayse Kaya", "trade minister", "TUR")]),
    ("tr", "Dışişleri Bakanı Hakan Fidan, Kazak mevkidaşı Murat Nurtleu ile bir araya geldi.",
     [("Hakan Fidan", "foreign minister", "TUR"), ("Murat Nurtleu", "counterpart", "KAZ")]),
    ("tr", "Ankara Büyükşehir Belediye Başkanı Mansur Yavaş kentin yeni projelerini tanıttı.",
     [("Mansur Yavas", "mayor", None)]),
    ('tr', "Bakan, Şilili mevkidaşı Marcos Albuquerque ile Santiago'da bir araya geldi.",
     [('Marcos Albuquerque', 'counterpart', 'CHL')]),
    # People outside the state: a chief prosecutor.
    ("tr", 'Cumhuriyet Başsavcısı Ahmet Kuyu soruşturma başlattı.',
     [('Ahmet Kuyu', 'prosecutor', None)]),
]


test_officials = table(check_officials, ROWS)
