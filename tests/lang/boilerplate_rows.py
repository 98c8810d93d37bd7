"""Shared checks for the per-language boilerplate tables in tests/lang/<code>/test_boilerplate.py."""

from __future__ import annotations

from typing import Any

from legation.read.clean import clean_text


def check_article(lang: str, raw: str, expected: dict[str, Any]) -> None:
    """The body runs from `first` to `last` (after the headline `title`) and `dropped` lines are gone."""
    assert set(expected) == {"title", "first", "last", "dropped"}, expected
    title, first, last, dropped = expected["title"], expected["first"], expected["last"], expected["dropped"]
    got_title, text, removed = clean_text(raw, lang)
    assert got_title == title
    lines = [ln for ln in text.split("\n") if ln.strip()]
    body = lines[1:] if title else lines
    if title:
        assert lines[0] == title
    assert body[0].startswith(first)
    assert body[-1].endswith(last)
    for line in dropped:
        assert line in removed
        assert line not in text


def check_line_after_body(lang: str, line: str, dropped: bool, body: str) -> None:
    """`line`, placed after a body paragraph, is dropped (boilerplate) or kept (body)."""
    _, text, removed = clean_text(body + "\n\n" + line, lang)
    assert (line in removed) is dropped, (line, removed)
    assert (line in text) is not dropped
