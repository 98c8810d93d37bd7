"""Shared check for the per-language tables in tests/lang/<code>/test_numbers.py."""

from __future__ import annotations

import math

from legation.text.numbers import read_numbers


def check_number(lang: str, text: str, expected: tuple[str, float, str | None, str]) -> None:
    """`text` holds a number written as `expected[0]` with that value, unit and kind."""
    written, value, unit, kind = expected
    found = read_numbers(text, lang)
    hits = [q for q in found if q.written == written]
    assert hits, f"{written!r} not read in {text!r}; read: {[q.written for q in found]}"
    q = hits[0]
    assert text[q.start:q.end] == written
    assert math.isclose(q.value, value, rel_tol=1e-9), (q.value, value)
    assert q.unit == unit
    assert q.kind == kind
