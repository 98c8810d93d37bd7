"""An act inside a relative clause is its antecedent's: "Bulgaria criticised the Netherlands, which had vetoed
its bid" has the Netherlands reject Bulgaria, not Bulgaria reject anyone; the main clause's act keeps its sides."""

from __future__ import annotations

import pytest

from legation.extract import extract

ROWS = [
    ("en", "Bulgaria criticised the Netherlands, which had vetoed its bid to join Schengen.", "NLD", "BGR"),
    ("ro", "Bulgaria a criticat Olanda, care a respins aderarea sa la Schengen.", "NLD", "BGR"),
    ("ru", "Болгария раскритиковала Нидерланды, которые отклонили её заявку на вступление в Шенген.", "NLD", "BGR"),
    ("uk", "Болгарія розкритикувала Нідерланди, які відхилили її заявку на вступ до Шенгену.", "NLD", "BGR"),
    ("fr", "La Bulgarie a critiqué les Pays-Bas, qui ont rejeté sa candidature à Schengen.", "NLD", "BGR"),
    ("de", "Bulgarien kritisierte die Niederlande, die den Beitritt Bulgariens abgelehnt hatten.", "NLD", "BGR"),
    ("es", "Bulgaria criticó a los Países Bajos, que rechazaron su adhesión a Schengen.", "NLD", "BGR"),
    ("pl", "Bułgaria skrytykowała Holandię, która odrzuciła jej wniosek o przyjęcie do Schengen.", "NLD", "BGR"),
]


def _sides(doc, kind: str) -> list[tuple[str | None, str | None]]:
    return [(v.source and v.source.code, v.target and v.target.code) for v in doc.events if v.type == kind]


@pytest.mark.parametrize("lang, text, actor, other", ROWS)
def test_the_relative_clause_act_is_the_antecedents(lang: str, text: str, actor: str, other: str) -> None:
    doc = extract(text, lang=lang, published="2025-03-04")
    assert (actor, other) in _sides(doc, "REJECT"), [(v.type, v.source, v.target) for v in doc.events]
    # The main clause's criticism keeps its subject.
    assert all(s != actor for s, _ in _sides(doc, "ACCUSE")), [(v.type, v.source, v.target) for v in doc.events]


def test_a_complement_clause_after_the_addressee_is_no_relative_clause() -> None:
    doc = extract("Russia warned Ukraine that it would retaliate.", lang="en", published="2025-03-04")
    assert ("RUS", "UKR") in _sides(doc, "THREATEN")
