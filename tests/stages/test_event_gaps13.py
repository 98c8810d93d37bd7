"""Issue 13 kinds in several languages: domestic acts located where they happened, accusations
worded as holding someone responsible, loans approved with the verb last, bans on roads, and
country names opening a sentence in a script without capitals."""

import pytest

from legation import extract


def _events(text: str, lang: str) -> set[tuple[str, str, str]]:
    doc = extract(text, published="2024-05-20", lang=lang)
    return {(e.type, e.source.code, e.target.code) for e in doc.events}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # Holding a country responsible is an accusation.
    ("tr", "Polonya, Rusya'yı depodaki patlamadan sorumlu tuttu.", ("ACCUSE", "POL", "RUS")),
    ("de", "Polen hat Russland für den Brand in dem Einkaufszentrum verantwortlich gemacht.",
     ("ACCUSE", "POL", "RUS")),
    ("fr", "La Pologne a tenu la Russie pour responsable de l'incendie.", ("ACCUSE", "POL", "RUS")),
    ("ru", "Польша возложила на Россию ответственность за поджог.", ("ACCUSE", "POL", "RUS")),
    # A loan approved, the verb at the end (German) or after its object (Turkish).
    ("de", "Der IWF hat der Ukraine einen Kredit über 15,6 Milliarden Dollar bewilligt.", ("AID", "IMF", "UKR")),
    ("tr", "IMF Ukrayna'ya 15,6 milyar dolarlık krediyi onayladı.", ("AID", "IMF", "UKR")),
    # Tanks sent to a country are military aid, announced before or after they arrive (said only
    # as what Spain will do, they are an intent: AGREE, tests/lang/*/test_event_pledges.py).
    ("en", "Spain announced that it will send Leopard tanks to Ukraine.", ("AID", "ESP", "UKR")),
    # Asking an alliance for help.
    ("en", "Kazakh President Tokayev asked the CSTO for help on Wednesday.", ("REQUEST", "KAZ", "CSTO")),
    # Farmers blocking roads protest against their own state.
    ("fr", "Des agriculteurs ont bloqué des routes dans toute la France lundi.", ("PROTEST", "FRA", "FRA")),
    ("ru", "Фермеры в понедельник перекрыли дороги по всей Германии.", ("PROTEST", "DEU", "DEU")),
    ("tr", "Fransa'da sendikalar genel grev yaptı.", ("PROTEST", "FRA", "FRA")),
    # A facility agreed for a country is aid to it.
    ("en", "EU leaders agreed a €50 billion facility for Ukraine at a summit in Brussels.", ("AID", "EU", "UKR")),
    ("fr", "Les dirigeants de l'UE ont approuvé une facilité de 50 milliards d'euros pour l'Ukraine.",
     ("AID", "EU", "UKR")),
    # With no side named, the people of the place protest against their state.
    ("en", "Thousands of people protested against the law in Tbilisi on Sunday.", ("PROTEST", "GEO", "GEO")),
    # Hebrew has no capitals: a country opening a sentence is a country.
    ("he", "ישראל האשימה את איראן בפיצוץ בנמל.", ("ACCUSE", "ISR", "IRN")),
])
def test_act_found_with_its_pair(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _events(text, lang)


@pytest.mark.parametrize(("lang", "text", "city"), [
    # The police of the city named, dispersing protesters there: the act is in that city.
    ("tr", "Polis, İstanbul'da protestocuları biber gazıyla dağıttı.", "Istanbul"),
    # Protesters in the capital, the state they protest against found only from them.
    ("tr", "Ankara'da çiftçiler pazartesi günü yolları kapattı.", "Ankara"),
])
def test_domestic_act_is_located_in_its_city(lang: str, text: str, city: str) -> None:
    doc = extract(text, published="2024-05-20", lang=lang)
    domestic = [e for e in doc.events if e.source.code == e.target.code]
    assert domestic and all(e.location is not None and e.location.name == city for e in domestic)


def test_a_trade_halt_is_no_aid() -> None:
    found = _events("Türkiye İsrail ile tüm ticareti durdurdu.", "tr")
    assert ("SANCTION", "TUR", "ISR") in found and not any(t == "AID" for t, _, _ in found)


def test_thanks_go_from_the_recipient_to_the_lender() -> None:
    """The one side a sentence names, a titled person before the verb, acts; the lender of the
    article's first act is thanked."""
    found = _events("The IMF approved a $15.6 billion loan for Ukraine on Friday. "
                    "President Zelensky thanked the fund for the decision.", "en")
    assert ("SUPPORT", "UKR", "IMF") in found and ("SUPPORT", "IMF", "UKR") not in found


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La Pologne a accusé les services russes de l'incendie lundi. La Russie a rejeté les accusations mardi."),
    ("it", "La Polonia ha accusato la Russia dell'incendio. La Russia ha respinto le accuse."),
])
def test_a_rejection_comes_from_the_country_opening_its_sentence(lang: str, text: str) -> None:
    """An article before the one name of the sentence still opens it: that side rejects."""
    found = _events(text, lang)
    assert ("REJECT", "RUS", "POL") in found and ("REJECT", "POL", "RUS") not in found
