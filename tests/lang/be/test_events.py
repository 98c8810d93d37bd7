"""Belarusian events: (lang, published, text, entities, expected) rows."""

import pytest

from ..event_rows import check_events, check_extracted
from ..table import table

BLR = ("country", "BLR", ["Беларусь", "Беларусі"])
RUS = ("country", "RUS", ["Расія", "Расіі"])
CHN = ("country", "CHN", ["Кітай", "Кітая", "Кітаем"])
MINSK = ("place", "Minsk:BLR:625144", ["Мінску"])

ROWS = [
    ("be", "2024-12-07",
     "Беларусь і Расія 6 снежня ў Мінску падпісалі дагавор аб гарантыях бяспекі.",
     [BLR, RUS, MINSK],
     [("SUPPORT", "BLR", "RUS", "2024-12-06")]),
    ("be", "2024-04-25",
     "Беларусь і Кітай правялі палітычныя кансультацыі ў Мінску.",
     [BLR, CHN, MINSK],
     [("CONSULT", "BLR", "CHN", "2024-04-25")]),
    ("be", "2024-04-25",
     "Тавараабарот паміж Беларуссю і Кітаем у 2023 годзе склаў 8,4 млрд долараў.",
     [BLR, CHN], []),
    # A negated act is no event.
    ("be", "2024-04-25",
     "Беларусь і Расія не падпісалі пагаднення.",
     [BLR, RUS], []),
]


test_events = table(check_events, ROWS)


# The whole pipeline: a state visit under a dateline, the host receiving the guest.
EXTRACTED = [
    ("be", "2023-03-01",
     "ПЕКІН, 1 сакавіка. Прэзідэнт Беларусі Аляксандр Лукашэнка 28 лютага прыбыў у Кітай з дзяржаўным візітам. "
     "Старшыня КНР Сі Цзіньпін 1 сакавіка прыняў Аляксандра Лукашэнку ў Пекіне.",
     [("CONSULT", "BLR", "CHN", "2023-02-28", "Beijing"), ("CONSULT", "BLR", "CHN", "2023-03-01", "Beijing")]),
]


@pytest.mark.parametrize("lang,published,text,expected", EXTRACTED)
def test_extracted(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
