"""Hungarian events: (lang, published, text, entities, expected) rows."""

from ..event_rows import check_events
from ..table import table

HUN = ("country", "HUN", ["Magyarország", "Magyarországot", "magyar"])
RUS = ("country", "RUS", ["Oroszország", "Oroszországgal", "orosz"])
UKR = ("country", "UKR", ["Ukrajna", "Ukrajnának", "ukrán"])
CHN = ("country", "CHN", ["Kína", "Kínával", "kínai"])

ROWS = [
    ("hu", "2024-07-06", "A magyar miniszterelnök pénteken Moszkvában tárgyalt az orosz elnökkel.",
     [HUN, RUS], [("CONSULT", "HUN", "RUS", "2024-07-05")]),
    ("hu", "2024-07-06", "Magyarország és Kína kedden együttműködési megállapodást írt alá.",
     [HUN, CHN], [("SUPPORT", "HUN", "CHN", "2024-07-02")]),
    ("hu", "2024-11-20", "Ukrajna hétfőn bekérette a magyar nagykövetet.", [UKR, HUN],
     [("ACCUSE", "UKR", "HUN", "2024-11-18")]),
    # A negation is no event.
    ("hu", "2024-07-06", "A magyar miniszterelnök nem találkozott az orosz elnökkel.", [HUN, RUS], []),
]


test_events = table(check_events, ROWS)
