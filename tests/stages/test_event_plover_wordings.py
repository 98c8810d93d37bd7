"""PLOVER acts as news wire words them (issue 13): threats worded as future or conditional acts,
offers and promises, investigations, domestic protest without the word, requests worded as an
obligation or an order, and a title before a surname that GeoNames also knows as a place.

The sentences are written for these tests from facts of reported happenings."""

from __future__ import annotations

import pytest

from legation import extract


def _events(text: str, published: str = "2003-05-14") -> set[tuple[str, str, str]]:
    doc = extract(text, published=published, lang="en")
    return {(e.type, e.source.code, e.target.code) for e in doc.events}


def _types(text: str, published: str = "2003-05-14") -> set[str]:
    return {t for t, _, _ in _events(text, published)}


# --- a title and a surname ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "published", "person", "country"), [
    # "Bush" is also a village in Egypt; a premier of the Cayman Islands had the name in 2003.
    ("President Bush met Prime Minister Blair in Washington.", "2003-05-14", "George Bush", "USA"),
    ("President Bush met Prime Minister Blair in Washington.", "2000-01-01", "George Bush", "USA"),
])
def test_a_title_before_a_surname_names_a_person_not_a_place(text: str, published: str, person: str,
                                                             country: str) -> None:
    doc = extract(text, published=published, lang="en")
    people = {(e.name, e.country) for e in doc.entities if e.kind == "person"}
    assert (person, country) in people
    assert not any(e.kind == "place" and e.country == "EGY" for e in doc.entities)
    assert {(e.type, frozenset((e.source.code, e.target.code))) for e in doc.events} == \
        {("CONSULT", frozenset(("USA", "GBR")))}


def test_a_place_after_a_preposition_stays_a_place() -> None:
    doc = extract("Prime Minister Blair arrived in Bush, a town in Egypt.", published="2003-05-14", lang="en")
    assert any(e.kind == "place" and e.country == "EGY" for e in doc.entities)
