"""English events: (lang, published, text, entities, expected) rows."""

import pytest

from ..event_rows import check_events, run_events

JPN = ("country", "JPN", ["Japan", "Japanese"])
ITA = ("country", "ITA", ["Italy", "Italian"])
CHN = ("country", "CHN", ["China", "Chinese"])
UN = ("org", "UN", ["United Nations", "UN"])
ROME = ("place", "Rome:ITA:3169070", ["Rome"])

ROWS = [
    ("en", "2023-06-15",
     "ROME, June 14 – Japanese Foreign Minister Kenji Ota met Italian counterpart Lucia Ferri in Rome "
     "on Wednesday for the fifth round of strategic talks.",
     [JPN, ITA, ROME],
     [("CONSULT", "JPN", "ITA", "2023-06-14")]),
    ("en", "2023-06-15",
     "China expelled two Japanese diplomats on Monday and demanded an apology.",
     [CHN, JPN],
     [("SANCTION", "CHN", "JPN", "2023-06-12"), ("REQUEST", "CHN", "JPN", "2023-06-12")]),
    ("en", "2023-06-15",
     "The Japanese ambassador was summoned by China on Tuesday.",
     [CHN, JPN],
     [("ACCUSE", "CHN", "JPN", "2023-06-13")]),
    ("en", "2023-06-15",
     "Japan's minister did not meet his Chinese counterpart.", [CHN, JPN], []),
    ("en", "2023-06-15",
     "Italy's premier will visit Japan next month.", [ITA, JPN], []),
    ("en", "2023-06-15",
     "China is Japan's largest trading partner, with trade rising 4% in 2022.", [CHN, JPN], []),
    ("en", "2023-06-15",
     "Since 2015, Italy has signed several accords with China.", [ITA, CHN], []),
]


@pytest.mark.parametrize("lang,published,text,entities,expected", ROWS)
def test_events(lang, published, text, entities, expected):
    check_events(lang, published, text, entities, expected)


def test_visit_record_carries_place_round_and_codes():
    lang, published, text, entities, _ = ROWS[0]
    (event,) = run_events(lang, published, text, entities).events
    assert event.location is not None and (event.location.name, event.location.country) == ("Rome", "ITA")
    assert (event.mode, event.source.code) == ("visit", "JPN")
    assert event.round == 5
    assert event.cameo == "042" and 0 <= event.confidence <= 1
    assert event.evidence is not None and event.evidence.sentence == 0
