"""Builders for store tests: records made the way the pipeline makes them (through `Document`)."""

from __future__ import annotations

import datetime as dt

from pathlib import Path
from typing import Any

import pytest

from legation.document import Actor, Document, Entity, Evidence, Event, Figure, Location, Mention, Source


def record(text: str, *, lang: str, published: str | None = None, url: str | None = None,
           site: str | None = None, events: list[dict[str, Any]] = (), figures: list[dict[str, Any]] = (),
           people: list[tuple[str, str, str]] = ()) -> dict[str, Any]:
    """A legation/1 record for `text`, with events and figures given as short dicts.

    Each event: type, source, target, and optionally date, precision, place (name, country), mode.
    Each figure: metric, reporter, partner, period, value (and unit, default USD).
    Evidence points at the whole first line of the text.
    """
    first = text.find("\n") if "\n" in text else len(text)
    doc = Document(raw=text, text=text, lang=lang, lang_confidence=0.99,
                   source=Source(url=url, published=dt.date.fromisoformat(published) if published else None,
                                 site=site))
    doc.sentences = [(0, first)]
    for i, (name, role, country) in enumerate(people):
        start = max(text.find(name), 0)
        doc.entities.append(Entity(id=f"p{i}", kind="person", name=name, role=role, country=country,
                                   mentions=[Mention(start, start + len(name), text[start:start + len(name)])]))
    for i, ev in enumerate(events, 1):
        place = ev.get("place")
        doc.events.append(Event(
            id=f"v{i}", type=ev["type"], source=Actor(ev["source"]), target=Actor(ev["target"]),
            mode=ev.get("mode"), date=ev.get("date"), date_precision=ev.get("precision", "day" if ev.get("date") else None),
            location=Location(place[0], place[1]) if place else None,
            evidence=Evidence(0, first, 0), mentions=[Evidence(0, first, 0)], confidence=0.8))
    for i, fig in enumerate(figures, 1):
        value = fig["value"]
        doc.figures.append(Figure(
            id=f"f{i}", metric=fig["metric"], value=value, unit=fig.get("unit", "USD"),
            as_written=fig.get("as_written", f"{value}"), evidence=Evidence(0, first, 0),
            reporter=fig.get("reporter"), partner=fig.get("partner"), period=fig.get("period")))
    return doc.to_dict()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.duckdb"
