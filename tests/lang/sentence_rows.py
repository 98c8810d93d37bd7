"""Shared check for the per-language tables in tests/lang/<code>/test_sentences.py."""

from __future__ import annotations

from legation.text.sentences import split_sentences


def check_sentences(lang: str, text: str, expected: list[str]) -> None:
    """`text` splits into exactly `expected`, and the spans cover every non-space character."""
    spans = split_sentences(text, lang)
    assert [text[s:e] for s, e in spans] == expected
    covered = set()
    for s, e in spans:
        assert text[s:e] == text[s:e].strip()
        covered.update(range(s, e))
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())
