"""Invariants over arbitrary input: nothing crashes, offsets slice, records round-trip."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from legation import Document, InputError, extract

# Text drawn from the scripts legation reads, with digits, punctuation and markup.
ALPHABET = st.characters(
    codec="utf-8",
    categories=("L", "N", "P", "S", "Zs", "Cc"),
)
WORDS = st.sampled_from([
    "Kazakhstan", "Qazaxıstan", "Казахстана", "Brüsseldə", "Kazakistan'ın", "UN", "BMT", "ООН",
    "minister", "nazirinin müavini", "министр", "18 October", "oktyabrın 18-də", "18 октября",
    "523.7", "1,234.5", "1 234,5", "milyon dollar", "млрд", "%", "\n", "\n\n", ". ", ", ", "<p>",
    "İ", "ı", "ё", "’", "«", "»", "2023-cü il", "Roman Vassilenko", "Belçika",
])
TEXTS = st.one_of(
    st.text(ALPHABET, max_size=400),
    st.lists(st.one_of(WORDS, st.text(ALPHABET, max_size=8)), max_size=80).map(" ".join),
)


def _check(doc: Document) -> None:
    record = doc.to_dict()
    text = record["text"]
    for ent in record["entities"]:
        for m in ent["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    for fig in record["figures"]:
        ev = fig["evidence"]
        assert text[ev["start"]:ev["end"]] == fig["as_written"]
    for ev in record["events"]:
        if ev["evidence"]:
            assert 0 <= ev["evidence"]["start"] < ev["evidence"]["end"] <= len(text)
    assert Document.from_dict(json.loads(json.dumps(record))).to_dict() == record


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, st.sampled_from([None, "2024-10-24", "2001-01-01"]))
def test_no_string_crashes_extract(text: str, published: str | None) -> None:
    try:
        doc = extract(text, published=published)
    except InputError:
        return          # empty or too short: a clear, expected refusal
    _check(doc)


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=300))
def test_no_bytes_crash_extract(data: bytes) -> None:
    try:
        doc = extract(data)
    except InputError:
        return
    _check(doc)
