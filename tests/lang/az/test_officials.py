"""Officials in az: (lang, text, expected people) rows."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("az", "Gürcüstanın xarici işlər naziri Maka Boçorişvili Bakıya gəlib. Boçorişviliyə xoş gəldiniz deyilib.",
     [("Maka Botchorishvili", "foreign minister", "GEO")]),
    ("az", "Toplantıda Özbəkistan xarici işlər nazirinin müavini Bakhromjon Aloyev çıxış edib.",
     [("Bakhromjon Aloyev", "deputy foreign minister", "UZB")]),
    ("az", "Milli Məclisin sədri Sahibə Qafarova qonaqları qəbul edib.",
     [("Sahiba Gafarova", "speaker", "AZE")]),
    # Two names side by side: the role belongs to the first.
    ("az", "Azərbaycanın Baş naziri Əli Əsədov Levan Beridze ilə görüşüb.",
     [("Ali Asadov", "prime minister", "AZE")]),
    ("az", "Xarici işlər naziri Ceyhun Bayramov gürcüstanlı həmkarı Maka Boçorişvili ilə telefon danışığı aparıb.",
     [("Ceyhun Bayramov", "foreign minister", None), ("Maka Botchorishvili", "counterpart", "GEO")]),
    # Case endings without an apostrophe; the office-holders table knows whom the president serves.
    ("az", "Prezident İlham Əliyev Rusiyanın Baş nazirinin müavini Aleksey Overçuku qəbul edib.",
     [("Ilham Aliyev", "president", "AZE"), ("Alexey Overchuk", "deputy prime minister", "RUS")]),
    ("az", "İqtisadiyyat naziri Mikayıl Cabbarov Türkiyə Ticarət naziri Ömər Bolatla görüşüb.",
     [("Mikayil Jabbarov", "economy minister", "AZE"), ("Omar Bolat", "trade minister", "TUR")]),
    ("az", "Gürcüstanın səfiri Zurab Pataradzenin sözlərinə görə, layihə davam edir.",
     [("Zurab Pataradze", "ambassador", "GEO")]),
    ('az', 'Nazir perulu həmkarı Markos Albukerke ilə Limada danışıqlar aparıb.',
     [('Markos Albukerke', 'counterpart', 'PER')]),
    # A city before the word for a city ("Gəncə şəhərində") is no part of the name before it.
    ("az", "Prezident İlham Əliyev Gəncə şəhərində Gürcüstanın baş naziri ilə görüşdü.",
     [("Ilham Aliyev", "president", "AZE")]),
]


test_officials = table(check_officials, ROWS)
