"""Kazakh events: (lang, published, text, entities, expected) rows."""

import pytest

from ..event_rows import check_events

KAZ = ("country", "KAZ", ["Қазақстан"])
UZB = ("country", "UZB", ["Өзбекстан"])
CHN = ("country", "CHN", ["Қытай"])
TASHKENT = ("place", "Tashkent:UZB:1512569", ["Ташкент"])

ROWS = [
    ("kk", "2024-04-25",
     "Қазақстан мен Өзбекстан сыртқы істер министрліктері 22 сәуірде Ташкентте саяси консультациялар өткізді.",
     [KAZ, UZB, TASHKENT],
     [("CONSULT", "KAZ", "UZB", "2024-04-22")]),
    ("kk", "2024-04-25",
     "Қазақстан Өзбекстанға гуманитарлық көмек жіберді.",
     [KAZ, UZB],
     [("AID", "KAZ", "UZB", "2024-04-25")]),
    ("kk", "2024-04-25",
     "Қазақстан мен Қытай арасындағы тауар айналымы 2023 жылы 41 миллиард долларға жетті.",
     [KAZ, CHN], []),
    ("kk", "2024-04-25",
     "Қазақстан делегациясы алдағы айда Қытайға сапармен барады.",
     [KAZ, CHN], []),
]


@pytest.mark.parametrize("lang,published,text,entities,expected", ROWS)
def test_events(lang, published, text, entities, expected):
    check_events(lang, published, text, entities, expected)
