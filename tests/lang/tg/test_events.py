"""Tajik events: (lang, published, text, entities, expected) rows."""

import pytest

from ..event_rows import check_events, check_extracted
from ..table import table

TJK = ("country", "TJK", ["Тоҷикистон"])
UZB = ("country", "UZB", ["Ӯзбекистон"])
CHN = ("country", "CHN", ["Чин"])
RUS = ("country", "RUS", ["Русия"])

ROWS = [
    ("tg", "2024-04-25",
     "Тоҷикистон ва Ӯзбекистон дар Душанбе машваратҳои сиёсӣ гузарониданд.",
     [TJK, UZB],
     [("CONSULT", "TJK", "UZB", "2024-04-25")]),
    ("tg", "2024-04-25",
     "Тоҷикистон ва Чин созишномаи ҳамкориро имзо карданд.",
     [TJK, CHN],
     [("SUPPORT", "TJK", "CHN", "2024-04-25")]),
    ("tg", "2024-04-25",
     "Соли гузашта гардиши мол байни Тоҷикистон ва Чин 3,9 миллиард долларро ташкил дод.",
     [TJK, CHN], []),
    # A negated act is no event.
    ("tg", "2024-04-25",
     "Тоҷикистон ва Русия созишномаро имзо накарданд.",
     [TJK, RUS], []),
]


test_events = table(check_events, ROWS)


# The whole pipeline: a state visit under a dateline, the host receiving the guest.
EXTRACTED = [
    ("tg", "2024-07-05",
     "ДУШАНБЕ, 5 июл. Раиси ҶМЧ Си Ҷинпин 5 июл бо сафари давлатӣ ба Тоҷикистон ташриф овард. "
     "Президенти Ҷумҳурии Тоҷикистон Эмомалӣ Раҳмон Си Ҷинпинро дар Душанбе истиқбол гирифт.",
     [("CONSULT", "CHN", "TJK", "2024-07-05", "Dushanbe")]),
]


@pytest.mark.parametrize("lang,published,text,expected", EXTRACTED)
def test_extracted(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
