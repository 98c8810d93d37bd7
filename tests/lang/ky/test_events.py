"""Kyrgyz events: (lang, published, text, entities, expected) rows."""

import pytest

from ..table import table
from ..event_rows import check_extracted, check_events

KGZ = ("country", "KGZ", ["Кыргызстан"])
UZB = ("country", "UZB", ["Өзбекстан"])
RUS = ("country", "RUS", ["Орусия"])
CHN = ("country", "CHN", ["Кытай"])
TASHKENT = ("place", "Tashkent:UZB:1512569", ["Ташкент"])

ROWS = [
    ("ky", "2024-04-25",
     "Кыргызстан менен Өзбекстандын тышкы иштер министрликтери 22-апрелде Ташкентте саясий консультацияларды өткөрдү.",
     [KGZ, UZB, TASHKENT],
     [("CONSULT", "KGZ", "UZB", "2024-04-22")]),
    ("ky", "2024-04-25",
     "Кыргызстан Өзбекстанга гуманитардык жардам жөнөттү.",
     [KGZ, UZB],
     [("AID", "KGZ", "UZB", "2024-04-25")]),
    ("ky", "2024-04-25",
     "Кыргызстан менен Кытайдын ортосундагы соода жүгүртүү 2023-жылы 19 миллиард долларга жетти.",
     [KGZ, CHN], []),
    # A negated act and a planned one are no events.
    ("ky", "2024-04-25",
     "Кыргызстан менен Орусия келишимге кол койбоду.",
     [KGZ, RUS], []),
    ("ky", "2024-04-25",
     "Кыргызстандын делегациясы кийинки айда Кытайга сапар менен барат.",
     [KGZ, CHN], [("AGREE", "KGZ", "CHN", "2024-04-25")]),
    ("ky", "2023-01-28",
     "Кыргызстан менен Өзбекстан 27-январда Бишкекте мамлекеттик чек ара жөнүндө келишимге кол койду.",
     [KGZ, UZB], [("SUPPORT", "KGZ", "UZB", "2023-01-27")]),
    ("ky", "2024-03-12",
     "Кыргызстандын Тышкы иштер министрлиги Орусиянын аракеттерин сынга алды.",
     [KGZ, RUS], [("ACCUSE", "KGZ", "RUS", "2024-03-12")]),
]


test_events = table(check_events, ROWS)


# The whole pipeline: a state visit under a dateline, the host receiving the guest.
EXTRACTED = [
    ("ky", "2023-10-13",
     "БИШКЕК, 12-октябрь. Орусиянын Президенти Владимир Путин 12-октябрда Кыргызстанга мамлекеттик сапар менен келди. "
     "Кыргызстандын Президенти Садыр Жапаров Бишкекте Владимир Путинди кабыл алды.",
     [("CONSULT", "RUS", "KGZ", "2023-10-12", "Bishkek")]),
]


@pytest.mark.parametrize("lang,published,text,expected", EXTRACTED)
def test_extracted(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
