"""Shared check for per-language date rows: (lang, published, text, expected mentions)."""

from __future__ import annotations

import datetime as dt

from legation.document import Document, Source
from legation.settings import DEFAULT
from legation.stages import dates as dates_stage
from legation.text.sentences import split


def date_layer(lang: str, published: str | None, text: str) -> Document:
    doc = Document(raw=text, text=text, lang=lang, source=Source(published=dt.date.fromisoformat(published) if published else None))
    split(doc, DEFAULT)
    return dates_stage.run(doc, DEFAULT)


def check_dates(lang: str, published: str | None, text: str,
                expected: list[tuple[str, str | None, str]]) -> None:
    """Every expected (surface, iso, kind) is found, and no other date is."""
    doc = date_layer(lang, published, text)
    found = [(text[d.start:d.end], d.iso, d.kind) for d in doc.layers["dates"]]
    assert found == expected
