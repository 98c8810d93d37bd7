"""Officials in az: (lang, text, expected people) rows."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("az", "Gürcüstanın xarici işlər naziri Maka Boçorişvili Bakıya gəlib. Boçorişviliyə xoş gəldiniz deyilib.",
     [("Maka Boçorişvili", "foreign minister", "GEO")]),
    ("az", "Toplantıda Özbəkistan xarici işlər nazirinin müavini Bakhromjon Aloyev çıxış edib.",
     [("Bakhromjon Aloyev", "deputy foreign minister", "UZB")]),
    ("az", "Milli Məclisin sədri Sahibə Qafarova qonaqları qəbul edib.",
     [("Sahibə Qafarova", "speaker", "AZE")]),
    # Two names side by side: the role belongs to the first.
    ("az", "Azərbaycanın Baş naziri Əli Əsədov Levan Beridze ilə görüşüb.",
     [("Əli Əsədov", "prime minister", "AZE")]),
    ("az", "Xarici işlər naziri Ceyhun Bayramov gürcüstanlı həmkarı Maka Boçorişvili ilə telefon danışığı aparıb.",
     [("Ceyhun Bayramov", "foreign minister", None), ("Maka Boçorişvili", "counterpart", "GEO")]),
    # Case endings without an apostrophe.
    ("az", "Prezident İlham Əliyev Rusiyanın Baş nazirinin müavini Aleksey Overçuku qəbul edib.",
     [("İlham Əliyev", "president", None), ("Aleksey Overçuk", "deputy prime minister", "RUS")]),
    ("az", "İqtisadiyyat naziri Mikayıl Cabbarov Türkiyə Ticarət naziri Ömər Bolatla görüşüb.",
     [("Mikayıl Cabbarov", "economy minister", None), ("Ömər Bolat", "trade minister", "TUR")]),
    ("az", "Gürcüstanın səfiri Zurab Pataradzenin sözlərinə görə, layihə davam edir.",
     [("Zurab Pataradze", "ambassador", "GEO")]),
]


test_officials = table(check_officials, ROWS)
