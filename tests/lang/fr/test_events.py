"""French events: (lang, published, text, entities, expected) rows."""

import pytest

from ..event_rows import check_events, run_events

FRA = ("country", "FRA", ["France", "français"])
MAR = ("country", "MAR", ["Maroc", "marocain"])
ALG = ("country", "DZA", ["Algérie", "algérien"])
PARIS = ("place", "Paris:FRA:2988507", ["Paris"])

ROWS = [
    ("fr", "2024-10-24",
     "PARIS, 23 octobre – Le ministre français s'est entretenu mercredi à Paris avec son homologue marocain.",
     [FRA, MAR, PARIS], [("CONSULT", "FRA", "MAR", "2024-10-23")]),
    ("fr", "2024-10-24",
     "L'Algérie a convoqué l'ambassadeur de France ce mardi.",
     [ALG, FRA], [("ACCUSE", "DZA", "FRA", "2024-10-22")]),
    ("fr", "2024-10-24",
     "La France a exigé la libération de ses ressortissants détenus en Algérie.",
     [FRA, ALG], [("REQUEST", "FRA", "DZA", "2024-10-24")]),
    ("fr", "2024-10-24",
     "La France va verser une aide humanitaire de deux millions d'euros au Maroc, a annoncé mardi le ministre.",
     [FRA, MAR], [("AID", "FRA", "MAR", "2024-10-22")]),
    ("fr", "2024-10-24",
     "Le ministre marocain se rendra en France la semaine prochaine.",
     [MAR, FRA], []),
    ("fr", "2024-10-24",
     "La France n'a pas signé l'accord avec le Maroc.",
     [FRA, MAR], []),
]


@pytest.mark.parametrize("lang,published,text,entities,expected", ROWS)
def test_events(lang, published, text, entities, expected):
    check_events(lang, published, text, entities, expected)


def test_host_country_place_makes_a_visit():
    lang, published, text, entities, _ = ROWS[0]
    (event,) = run_events(lang, published, text, entities).events
    assert (event.mode, event.source.code, event.target.code) == ("visit", "MAR", "FRA")
    assert event.location is not None and event.location.name == "Paris"
