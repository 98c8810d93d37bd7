"""Shared check for the per-language tables in tests/lang/<code>/test_organisations.py: international
organisations and their heads as parties (the Commission's president acts for `EC`, NATO's secretary
general for `NATO` ...), aid they announce and decisions of their councils."""

from __future__ import annotations

import math

from legation import extract

Act = tuple[str, str, str]                   # (event type, source, target)
Money = tuple[str, str, str, float]          # (metric, giver or reporter, receiver or partner, value)


def check_organisation_acts(lang: str, published: str, text: str, events: set[Act], figures: list[Money],
                            people: set[tuple[str, str]]) -> None:
    """The `events` are found, and no other aid event; every aid figure is one of `figures` (its giver and
    receiver as stated), all of them read; the `people` (table spelling, body or country served) found."""
    doc = extract(text, lang=lang, published=published)
    found = {(e.type, e.source.code, e.target.code) for e in doc.events}
    assert events <= found, found
    assert {e for e in found if e[0] == "AID"} == {e for e in events if e[0] == "AID"}, found
    got = [(f.metric, f.reporter, f.partner, f.value) for f in doc.figures]
    assert len(got) == len(figures), got
    for want in figures:
        assert any(g[:3] == want[:3] and math.isclose(g[3], want[3], rel_tol=1e-6) for g in got), (want, got)
    persons = {(e.name, e.country) for e in doc.entities if e.kind == "person"}
    assert people <= persons, persons
