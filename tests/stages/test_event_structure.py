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
