"""Shared checks for the per-language tables in tests/lang/<code>/test_figures.py."""

from __future__ import annotations

import math

from legation import extract


def check_figures(lang: str, published: str, text: str,
                  expected: list[tuple[str, set[str], str | None, float, str]]) -> None:
    """Exactly the `expected` figures `(metric, {countries}, period, value, unit)` are read, with no error flag."""
    doc = extract(text, lang=lang, published=published)
    got = [(f.metric, {c for c in (f.reporter, f.partner) if c}, f.period, f.value, f.unit) for f in doc.figures]
    for fig in doc.figures:
        assert doc.text[fig.evidence.start:fig.evidence.end] == fig.as_written
    assert len(got) == len(expected), got
    for want in expected:
        assert any(g[0] == want[0] and g[1] == want[1] and g[2] == want[2] and g[4] == want[4]
                   and math.isclose(g[3], want[3], rel_tol=1e-6) for g in got), (want, got)
    assert not [f for f in doc.flags if f.severity == "error"], [f.message for f in doc.flags]


def check_directions(lang: str, published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    """Who exports to whom: every expected `(metric, reporter, partner)` is among the figures read."""
    doc = extract(text, lang=lang, published=published)
    got = {(f.metric, f.reporter, f.partner) for f in doc.figures}
    assert set(expected) <= got, got
