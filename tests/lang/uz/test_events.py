"""Uzbek events, Latin and Cyrillic: (lang, published, text, entities, expected) rows."""

import pytest

from ..table import table
from ..event_rows import check_extracted, check_events

UZB = ("country", "UZB", ["O'zbekiston"])
UZB_C = ("country", "UZB", ["Ўзбекистон"])
KAZ = ("country", "KAZ", ["Qozog'iston"])
RUS = ("country", "RUS", ["Rossiya"])
RUS_C = ("country", "RUS", ["Россия"])
CHN = ("country", "CHN", ["Xitoy"])
KGZ = ("country", "KGZ", ["Qirg'iziston"])
TASHKENT = ("place", "Tashkent:UZB:1512569", ["Toshkent"])

ROWS = [
    ("uz", "2024-04-25",
     "O'zbekiston va Qozog'iston tashqi ishlar vazirliklari 22-aprelda Toshkentda siyosiy maslahatlashuvlar o'tkazdi.",
     [UZB, KAZ, TASHKENT],
     [("CONSULT", "UZB", "KAZ", "2024-04-22")]),
    ("uz", "2024-04-25",
     "O'zbekiston Qirg'izistonga insonparvarlik yordami yubordi.",
     [UZB, KGZ],
     [("AID", "UZB", "KGZ", "2024-04-25")]),
    ("uz", "2024-04-25",
     "O'zbekiston va Xitoy o'rtasidagi tovar ayirboshlash 2023-yilda 14 mlrd dollarga yetdi.",
     [UZB, CHN], []),
    # Negated and planned acts are no events.
    ("uz", "2024-04-25",
     "O'zbekiston va Rossiya hujjatni imzolamadi.",
     [UZB, RUS], []),
    ("uz", "2024-04-25",
     "O'zbekiston delegatsiyasi kelgusi oyda Xitoyga tashrif buyuradi.",
     [UZB, CHN], [("AGREE", "UZB", "CHN", "2024-04-25")]),
    ("uz", "2024-05-28",
     "Ўзбекистон ва Россия 27 май куни Тошкентда атом электр станцияси қурилиши бўйича келишувни имзолади.",
     [UZB_C, RUS_C, ("place", "Tashkent:UZB:1512569", ["Тошкент"])],
     [("SUPPORT", "UZB", "RUS", "2024-05-27")]),
    ("uz", "2024-03-12",
     "O'zbekiston Tashqi ishlar vazirligi Rossiyaning harakatlarini qoraladi.",
     [UZB, RUS], [("ACCUSE", "UZB", "RUS", "2024-03-12")]),
]


test_events = table(check_events, ROWS)


# The whole pipeline: a state visit reported under a dateline, with the host receiving the guest.
EXTRACTED = [
    ("uz", "2024-05-28",
     "TOSHKENT, 27-may. Rossiya Prezidenti Vladimir Putin 26-may kuni O'zbekistonga davlat tashrifi bilan keldi. "
     "O'zbekiston Prezidenti Shavkat Mirziyoyev 27-may kuni Toshkentda Vladimir Putin bilan muzokaralar o'tkazdi.",
     [("CONSULT", "RUS", "UZB", "2024-05-26", "Tashkent"),
      ("CONSULT", "UZB", "RUS", "2024-05-27", "Tashkent")]),
]


@pytest.mark.parametrize("lang,published,text,expected", EXTRACTED)
def test_extracted(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
