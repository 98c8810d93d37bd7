"""Aid's giver and receiver: a German dative with no preposition receives, a capital standing for its
government gives, and money for a group at home (farmers, businesses) is no aid between countries."""

from __future__ import annotations

import pytest

from legation.extract import extract

ROWS = [
    # The dative receives, whichever side the sentence names first; a genitive after a noun does not.
    ("de", "Österreich sagt der Republik Moldau weitere 45 Millionen Euro zu.", ("AUT", "MDA")),
    ("de", "Der Slowakei sagt Tschechien 80 Millionen Euro Hochwasserhilfe zu.", ("CZE", "SVK")),
    ("de", "Dem Jemen stellt Schweden 18 Millionen Euro bereit.", ("SWE", "YEM")),
    ("de", "Den Philippinen gewährt Australien einen Kredit von 200 Millionen Dollar.", ("AUS", "PHL")),
    # A capital at the head of the sentence is its government; after "in" it is where.
    ("en", "Madrid allocated 35 million euros to Senegal for irrigation.", ("ESP", "SEN")),
    ("it", "Parigi ha stanziato 35 milioni di euro per il Senegal.", ("FRA", "SEN")),
    ("de", "Wien stellt Armenien 9 Millionen Euro bereit.", ("AUT", "ARM")),
    ("de", "In Wien sagte Schweden Armenien 9 Millionen Euro zu.", ("SWE", "ARM")),
    # A dateline is no giver.
    ("de", "WIEN – Schweden sagt Armenien weitere 9 Millionen Euro zu.", ("SWE", "ARM")),
    ("uk", "КИЇВ – Норвегія виділить Молдові 30 мільйонів євро.", ("NOR", "MDA")),
    # Money for the country's own farmers or firms: no receiving country, whatever other country is named.
    ("nl", "De Belgische regering geeft 90 miljoen euro steun aan boeren langs de grens met Frankrijk.", ("BEL", None)),
    ("de", "Österreich stellt den Landwirten 70 Millionen Euro Hilfe bereit, nachdem Ungarn ähnliche Beihilfen "
           "beschlossen hatte.", ("AUT", None)),
    ("fr", "L'Espagne débloque 250 millions d'euros d'aides pour ses agriculteurs face aux importations "
           "marocaines.", ("ESP", None)),
    ("pl", "Słowacja przeznaczy 60 mln euro pomocy dla rolników poszkodowanych przez import zboża z Ukrainy.",
     ("SVK", None)),
    ("en", "Hungary will pay 40 million euros in aid to its farmers hurt by grain imports from Ukraine.",
     ("HUN", None)),
]


@pytest.mark.parametrize("lang, text, sides", ROWS)
def test_aid_giver_and_receiver(lang: str, text: str, sides: tuple[str, str | None]) -> None:
    doc = extract(text, lang=lang, published="2025-03-04")
    aid = [(f.reporter, f.partner) for f in doc.figures if f.metric == "aid"]
    assert aid == [sides], [(f.metric, f.reporter, f.partner) for f in doc.figures]


EVENTS = [
    ("en", "Hungary will pay 40 million euros in aid to its farmers hurt by grain imports from Ukraine.", "UKR"),
    ("fr", "L'Espagne débloque 250 millions d'euros d'aides pour ses agriculteurs face aux importations "
           "marocaines.", "MAR"),
    ("de", "Österreich stellt den Landwirten 70 Millionen Euro Hilfe bereit, nachdem Ungarn ähnliche Beihilfen "
           "beschlossen hatte.", "HUN"),
]


@pytest.mark.parametrize("lang, text, other", EVENTS)
def test_money_for_farmers_at_home_is_no_aid_event_with_another_country(lang: str, text: str, other: str) -> None:
    doc = extract(text, lang=lang, published="2025-03-04")
    assert not [v for v in doc.events if v.type == "AID" and other in (v.source and v.source.code,
                                                                       v.target and v.target.code)], doc.events


def test_aid_to_a_country_beside_money_for_farmers_stays() -> None:
    doc = extract("Germany pledged 300 million euros to Ukraine and promised subsidies to its farmers.", lang="en",
                  published="2025-03-04")
    assert [(v.source.code, v.target.code) for v in doc.events if v.type == "AID"] == [("DEU", "UKR")]


def test_aid_to_civilians_abroad_stays_aid() -> None:
    # Civilians are no group a state pays at home: aid for those of a place abroad is aid to its country.
    doc = extract("Norway pledged 15 million euros in aid to civilians in Gaza.", lang="en", published="2025-03-04")
    assert [(v.source.code, v.target.code) for v in doc.events if v.type == "AID"] == [("NOR", "PSE")]
