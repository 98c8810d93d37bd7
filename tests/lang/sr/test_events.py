"""Serbian events, both scripts: (lang, published, text, entities, expected) rows."""

from ..table import table
from ..event_rows import check_events, run_events

SRB = ("country", "SRB", ["Србији", "Србије", "Србија", "Srbije", "Srbija"])
CHN = ("country", "CHN", ["Кине"])
HUN = ("country", "HUN", ["Mađarske"])
HRV = ("country", "HRV", ["Хрватске", "Hrvatske"])
FRA = ("country", "FRA", ["Francuske"])
GRC = ("country", "GRC", ["Грчке"])

ROWS = [
    ("sr", "2024-05-08", "Председник Кине допутовао је у државну посету Србији у уторак.",
     [CHN, SRB], [("CONSULT", "CHN", "SRB", "2024-05-07")]),
    ("sr", "2024-11-20", "Ministar spoljnih poslova Srbije sastao se juče sa ministrom spoljnih poslova Mađarske.",
     [SRB, HUN], [("CONSULT", "SRB", "HUN", "2024-11-19")]),
    ("sr", "2024-11-20", "Амбасадор Хрватске позван је јуче на разговор у МСП Србије.",
     [HRV, SRB], [("ACCUSE", "SRB", "HRV", "2024-11-19")]),
    ("sr", "2024-11-20", "Predsednik Srbije i predsednik Francuske razgovarali su telefonom u ponedeljak.",
     [SRB, FRA], [("CONSULT", "SRB", "FRA", "2024-11-18")]),
    ("sr", "2024-11-20", "Србија је протерала двојицу дипломата Хрватске у понедељак.",
     [SRB, HRV], [("SANCTION", "SRB", "HRV", "2024-11-18")]),
    # A negation, a plan and a background sentence are no events.
    ("sr", "2024-11-20", "Министар спољних послова Србије није се састао са колегом из Хрватске.", [SRB, HRV], []),
    ("sr", "2024-11-20", "Министар спољних послова Грчке посетиће Србију у децембру.", [GRC, SRB], []),
    ("sr", "2024-11-20", "Раније су Србија и Кина потписале споразум о култури.", [SRB, CHN], []),
]


test_events = table(check_events, ROWS)


def test_phone_call_mode():
    lang, published, text, entities, _ = ROWS[3]
    (event,) = run_events(lang, published, text, entities).events
    assert event.mode == "phone"
