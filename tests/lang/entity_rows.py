"""Shared checks for per-language entity and official rows."""

from __future__ import annotations

from legation.document import Document
from legation.settings import DEFAULT
from legation.stages import entities, officials
from legation.text.sentences import split


def read(lang: str, text: str) -> Document:
    """Run sentences, entities and officials on `text` in `lang`."""
    doc = Document(raw=text, text=text, lang=lang)
    split(doc, DEFAULT)
    entities.run(doc, DEFAULT)
    return officials.run(doc, DEFAULT)


def check_entities(lang: str, text: str, expected: set[str]) -> None:
    """The country/org codes and place names found are exactly `expected`; offsets slice."""
    doc = read(lang, text)
    found = set()
    for ent in doc.entities:
        for m in ent.mentions:
            assert text[m.start:m.end] == m.text
        if ent.kind in ("country", "org"):
            found.add(ent.code)
        elif ent.kind == "place":
            found.add(f"{ent.name}/{ent.country}")
    assert found == expected


def check_officials(lang: str, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """The people found are exactly `expected` as (name, role, country), in text order."""
    doc = read(lang, text)
    people = [(e.name, e.role, e.country) for e in doc.entities if e.kind == "person"]
    assert people == expected
