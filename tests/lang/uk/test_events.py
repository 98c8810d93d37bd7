"""Ukrainian events: (lang, published, text, entities, expected) rows."""

from ..table import table
from ..event_rows import check_events, run_events

UKR = ("country", "UKR", ["України", "Україна", "Україні", "Україну"])
POL = ("country", "POL", ["Польщ"])
FRA = ("country", "FRA", ["Франці"])
VIENNA = ("place", "Vienna:AUT:2761369", ["Відні"])

ROWS = [
    ("uk", "2024-11-20",
     "Заступники міністрів закордонних справ України та Польщі провели політичні консультації "
     "18 листопада у Відні. Це було 12-те засідання робочої групи.",
     [UKR, POL, VIENNA],
     [("CONSULT", "UKR", "POL", "2024-11-18")]),
    ("uk", "2024-11-20",
     "Посла Франції напередодні було викликано до МЗС України, де йому висловили протест.",
     [FRA, UKR],
     [("ACCUSE", "UKR", "FRA", "2024-11-19")]),
    ("uk", "2024-11-20",
     "Україна вислала двох дипломатів Франції в понеділок.",
     [UKR, FRA],
     [("SANCTION", "UKR", "FRA", "2024-11-18")]),
    ("uk", "2024-11-20",
     "Президент Франції та президент України провели телефонну розмову у вівторок.",
     [UKR, FRA],
     [("CONSULT", "FRA", "UKR", "2024-11-19")]),
    # A negation, a plan and a background sentence are no events.
    ("uk", "2024-11-20", "Міністр України не зустрівся з колегою з Польщі.", [UKR, POL], []),
    ("uk", "2024-11-20", "Глава МЗС Польщі збирається відвідати Україну в грудні.", [UKR, POL], []),
    ("uk", "2024-11-20", "Раніше Україна та Франція підписали угоду про культурний обмін.", [UKR, FRA], []),
]


test_events = table(check_events, ROWS)


def test_third_country_venue_and_ordinal_round():
    lang, published, text, entities, _ = ROWS[0]
    (event,) = run_events(lang, published, text, entities).events
    assert event.mode == "third-party" and event.location is not None and event.location.name == "Vienna"
    assert event.round == 12


def test_phone_call_mode():
    lang, published, text, entities, _ = ROWS[3]
    (event,) = run_events(lang, published, text, entities).events
    assert event.mode == "phone"


RUS = ("country", "RUS", ["Росію", "Росії"])

# An accusation made by a ministry (neuter verb).
ACCUSE_ROWS = [
    ("uk", "2024-05-10", "Міністерство закордонних справ України звинуватило Росію в порушенні міжнародного права.",
     [UKR, RUS], [("ACCUSE", "UKR", "RUS", "2024-05-10")]),
]

test_accusations = table(check_events, ACCUSE_ROWS)
