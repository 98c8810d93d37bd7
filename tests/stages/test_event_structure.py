"""Structure of events: passives in several languages, meetings of n parties, the longest name."""

from __future__ import annotations

import pytest

from legation.extract import extract


def _events(lang: str, text: str) -> set[tuple[str, str, str]]:
    doc = extract(text, published="2025-03-15", lang=lang)
    return {(e.type, e.source.code, e.target.code) for e in doc.events}


def test_a_meeting_of_three_parties_gives_every_pair():
    text = "The foreign ministers of Kazakhstan, Uzbekistan and Kyrgyzstan met in Tashkent on Monday."
    pairs = {frozenset((s, t)) for kind, s, t in _events("en", text) if kind == "CONSULT"}
    assert pairs == {frozenset(p) for p in (("KAZ", "UZB"), ("KAZ", "KGZ"), ("UZB", "KGZ"))}


def test_a_meeting_of_two_parties_stays_one_pair():
    text = "The foreign ministers of Kazakhstan and Uzbekistan met in Tashkent on Monday."
    assert len(_events("en", text)) == 1


@pytest.mark.parametrize("lang,text,source,target", [
    ("en", "The Russian invasion was condemned by Poland on Monday.", "POL", "RUS"),
    ("es", "El ministro de Chile fue recibido por el presidente de Argentina el lunes.", "ARG", "CHL"),
    ("it", "Il ministro greco è stato ricevuto dal presidente di Cipro lunedì.", "CYP", "GRC"),
    ("fr", "Le ministre belge a été reçu par le président du Sénégal lundi.", "SEN", "BEL"),
])
def test_the_agent_of_a_passive_acts_and_no_reversed_duplicate(lang, text, source, target):
    found = _events(lang, text)
    assert any(s == source and t == target for _, s, t in found), found
    assert not any(s == target and t == source for kind, s, t in found if kind != "CONSULT"), found


@pytest.mark.parametrize("lang,name", [
    ("en", "The Democratic People's Republic of Korea"),
    ("de", "Die Demokratische Volksrepublik Korea"),
    ("fr", "La République populaire démocratique de Corée"),
])
def test_the_long_name_of_north_korea_is_north_korea(lang, name):
    verbs = {"en": "condemned Japan on Monday.", "de": "verurteilte am Montag Japan.",
             "fr": "a condamné le Japon lundi."}
    found = _events(lang, f"{name} {verbs[lang]}")
    assert {s for _, s, _ in found} == {"PRK"}, found


def test_a_month_named_like_a_modal_is_a_date_not_a_hedge():
    # "May" in a stated date is the month; the modal "may" still makes an act hypothetical.
    dated = extract("Egypt and Jordan held talks in Amman on May 3, 2024.", published="2024-05-04", lang="en")
    hedged = extract("Egypt may hold talks with Jordan in Amman.", published="2024-05-04", lang="en")
    assert [e.type for e in dated.events] == ["CONSULT"]
    assert not hedged.events


_WEIMAR = {frozenset(p) for p in (("FRA", "DEU"), ("FRA", "POL"), ("DEU", "POL"))}


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les ministres des Affaires étrangères de la France, de l'Allemagne et de la Pologne se sont réunis "
           "lundi à Weimar."),
    ("en", "The foreign ministers of France, Germany and Poland met in Weimar on Monday to discuss support "
           "for Ukraine."),
])
def test_a_three_party_meeting_is_every_pair_of_its_parties_and_no_topic_country(lang, text):
    pairs = {frozenset((s, t)) for kind, s, t in _events(lang, text) if kind == "CONSULT"}
    assert pairs == _WEIMAR


@pytest.mark.parametrize("lang,text,country", [
    ("ru", "Полиция Грузии в четверг разогнала протестующих у здания парламента в Тбилиси.", "GEO"),
    ("fr", "La police géorgienne a dispersé jeudi des manifestants devant le parlement à Tbilissi.", "GEO"),
    ("tr", "Gürcistan polisi perşembe günü Tiflis'te parlamento önündeki göstericileri dağıttı.", "GEO"),
    ("ru", "В Грузии в среду прошла общенациональная забастовка.", "GEO"),
    ("en", "French farmers protested against the government's farm policy in Paris on Monday.", "FRA"),
])
def test_dispersals_strikes_and_protests_at_home_are_domestic_events(lang, text, country):
    found = _events(lang, text)
    assert found and all(s == t == country for _, s, t in found), found


@pytest.mark.parametrize("lang,text", [
    ("de", "Der Internationale Währungsfonds gewährte der Ukraine am Freitag einen Kredit über 900 Millionen Dollar."),
    ("es", "El Fondo Monetario Internacional concedió el viernes un préstamo de 900 millones de dólares a Ucrania."),
    ("ru", "Международный валютный фонд одобрил кредит Украине на 900 миллионов долларов."),
    ("tr", "Uluslararası Para Fonu Ukrayna'ya 900 milyon dolarlık kredi onayladı."),
])
def test_a_lenders_loan_is_aid(lang, text):
    assert ("AID", "IMF", "UKR") in _events(lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "Armenia froze its participation in the CSTO because of Russia's position."),
    ("ru", "Армения заморозила участие в ОДКБ из-за позиции России."),
])
def test_freezing_participation_in_an_alliance_sanctions_the_alliance(lang, text):
    assert _events(lang, text) == {("SANCTION", "ARM", "CSTO")}


def test_a_summons_in_a_capital_is_by_that_country():
    assert _events("en", "The ambassador of Iran was summoned to the Foreign Ministry in Baku.") == \
        {("ACCUSE", "AZE", "IRN")}


def test_an_apposition_between_subject_and_verb_is_not_the_target():
    text = "Poland, a close ally of the United States, expelled two Russian diplomats on Monday."
    assert _events("en", text) == {("SANCTION", "POL", "RUS")}


def test_who_reports_a_joint_act_is_not_its_party():
    text = "Armenia and Azerbaijan agreed on Friday to exchange prisoners, a Russian official said."
    found = _events("en", text)
    assert found and all({s, t} == {"ARM", "AZE"} for _, s, t in found), found
