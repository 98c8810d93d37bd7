"""Shared helpers for per-language event rows.

Entities are given as the entity stage would find them: `(kind, value, forms)` where
kind is country/org (value = code), person (value = country served) or place
(value = "English name:COUNTRY:geonameid"); every word starting with a form is a mention.
"""

from __future__ import annotations

import datetime as dt

import re
from typing import Any

from legation.document import Document, Entity, Mention, Source
from legation.settings import DEFAULT
from legation.stages import dates as dates_stage
from legation.stages import events as events_stage
from legation.text.fold import is_unspaced
from legation.text.sentences import split

EntitySpec = tuple[str, str, list[str]]


def make_doc(lang: str, published: str | None, text: str, entities: list[EntitySpec]) -> Document:
    doc = Document(raw=text, text=text, lang=lang, source=Source(published=dt.date.fromisoformat(published) if published else None))
    split(doc, DEFAULT)
    for n, (kind, value, forms) in enumerate(entities, 1):
        ent = Entity(id=f"e{n}", kind=kind, name=forms[0])
        if kind in ("country", "org"):
            ent.code = value
        elif kind == "person":
            ent.country = value
        else:
            name, country, gid = value.split(":")
            ent.name, ent.country, ent.geonameid = name, country, int(gid)
        for form in forms:
            # A form in a script without spaces is a mention wherever it stands, without a tail.
            pattern = re.escape(form) if is_unspaced(form[0]) else r"(?<!\w)" + re.escape(form) + r"[\w']*"
            for m in re.finditer(pattern, text):
                if not any(x.start <= m.start() < x.end for x in ent.mentions):
                    ent.mentions.append(Mention(m.start(), m.end(), m.group()))
        ent.mentions.sort(key=lambda x: x.start)
        doc.entities.append(ent)
    return doc


def run_events(lang: str, published: str | None, text: str, entities: list[EntitySpec]) -> Document:
    doc = dates_stage.run(make_doc(lang, published, text, entities), DEFAULT)
    return events_stage.run(doc, DEFAULT)


def event_keys(doc: Document) -> set[tuple[Any, ...]]:
    """(type, source, target, date) per event; a consultation's pair is unordered."""
    keys = set()
    for e in doc.events:
        if e.type == "CONSULT":
            keys.add((e.type, frozenset((e.source.code, e.target.code)), e.date))
        else:
            keys.add((e.type, e.source.code, e.target.code, e.date))
    return keys


def expected_keys(rows: list[tuple[str, str, str, str | None]]) -> set[tuple[Any, ...]]:
    return {(t, frozenset((s, o)), d) if t == "CONSULT" else (t, s, o, d) for t, s, o, d in rows}


def check_events(lang: str, published: str, text: str, entities: list[EntitySpec],
                 expected: list[tuple[str, str, str, str | None]]) -> Document:
    doc = run_events(lang, published, text, entities)
    assert event_keys(doc) == expected_keys(expected)
    return doc


def extracted_events(lang: str, published: str | None, text: str) -> set[tuple[Any, ...]]:
    """(type, source, target, date, location name) of every event the whole pipeline finds."""
    from legation.extract import extract

    doc = extract(text, published=published, lang=lang)
    return {(e.type, e.source.code, e.target.code, e.date, e.location.name if e.location else None)
            for e in doc.events}


def check_extracted(lang: str, published: str | None, text: str, expected: list[tuple[Any, ...]]) -> None:
    """The whole pipeline finds exactly the expected events (a consultation's pair unordered)."""
    def norm(keys: set[tuple[Any, ...]] | list[tuple[Any, ...]]) -> set[tuple[Any, ...]]:
        return {(t, frozenset((s, o)), d, p) if t == "CONSULT" else (t, s, o, d, p) for t, s, o, d, p in keys}

    assert norm(extracted_events(lang, published, text)) == norm(expected)
