"""Mongolian events: (lang, published, text, entities, expected) rows."""

import pytest

from ..event_rows import check_events, check_extracted
from ..table import table

MNG = ("country", "MNG", ["Монгол Улс", "Монгол Улсын"])
RUS = ("country", "RUS", ["ОХУ", "ОХУ-ын"])
CHN = ("country", "CHN", ["Хятад", "Хятадын"])
FRA = ("country", "FRA", ["Франц", "Францын"])

ROWS = [
    ("mn", "2024-04-25",
     "Монгол Улс, Хятадын Гадаад харилцааны яамд улс төрийн зөвлөлдөөн хийв.",
     [MNG, CHN],
     [("CONSULT", "MNG", "CHN", "2024-04-25")]),
    ("mn", "2024-09-04",
     "Монгол Улс, ОХУ 2024 оны 9 дүгээр сарын 3-нд хэд хэдэн баримт бичигт гарын үсэг зурав.",
     [MNG, RUS],
     [("SUPPORT", "MNG", "RUS", "2024-09-03")]),
    ("mn", "2024-04-25",
     "Өнгөрсөн онд Монгол Улс, Хятадын худалдааны эргэлт 17 тэрбум ам.долларт хүрэв.",
     [MNG, CHN], []),
    # A negated act is no event.
    ("mn", "2024-04-25",
     "Монгол Улс, Франц гэрээнд гарын үсэг зураагүй.",
     [MNG, FRA], []),
]


test_events = table(check_events, ROWS)


# The whole pipeline: a state visit under a dateline, the host receiving the guest.
EXTRACTED = [
    ("mn", "2023-05-22",
     "УЛААНБААТАР, 5 дугаар сарын 21. Францын Ерөнхийлөгч Эммануэль Макрон Монгол Улсад айлчлал хийв. "
     "Монгол Улсын Ерөнхийлөгч У.Хүрэлсүх Эммануэль Макроныг Улаанбаатарт хүлээн авч уулзав.",
     [("CONSULT", "FRA", "MNG", "2023-05-22", "Ulan Bator")]),
]


@pytest.mark.parametrize("lang,published,text,expected", EXTRACTED)
def test_extracted(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
