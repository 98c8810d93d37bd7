"""Ukrainian events: (lang, published, text, entities, expected) rows."""

from ..table import table
import pytest

from ..event_rows import check_events, check_extracted, run_events

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


# The whole pipeline: (lang, published, text, [(type, source, target, date, place)]).
EXTRACTED = [
    # Kyiv withdrew the Iranian ambassador's accreditation and cut the embassy's staff on 23 September
    # 2022, over Iran's drones for Russia: SANCTION, and the one downgrading named is no act of Iran's.
    ("uk", "2022-09-24",
     "МЗС України ухвалило рішення позбавити акредитації посла Ірану та суттєво скоротити "
     "дипломатичний персонал посольства.",
     [("SANCTION", "UKR", "IRN", "2022-09-24", None)]),
    ("uk", "2022-09-24", "Кулеба звинуватив Тегеран у співучасті у злочинах Росії.",
     [("ACCUSE", "UKR", "IRN", "2022-09-24", None)]),
    ("uk", "2024-01-12", "Україна знизила рівень дипломатичних відносин з Іраном.",
     [("SANCTION", "UKR", "IRN", "2024-01-12", None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", EXTRACTED)
def test_extracted(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
