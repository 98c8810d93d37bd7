"""The `Document` at the centre of legation, and the facts it carries.

`Document.to_dict()` is exactly the record of `shared/spec/document-json.md`
(``schema: "legation/1"``); `Document.from_dict()` reads it back. Stages add
working layers to `Document.layers` (candidate matches, dates, numbers); those
are not part of the record.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from .resources.event_types import event_types

SCHEMA = "legation/1"

PLOVER_TYPES = tuple(event_types())     # from resources/plover.toml
METRICS = ("trade_turnover", "exports", "imports", "growth_pct", "investment", "aid", "other")
ENTITY_KINDS = ("country", "org", "person", "place")


@dataclass
class Mention:
    """One place in `Document.text` where an entity is named."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Mention:
        return cls(d["start"], d["end"], d["text"])


@dataclass
class Evidence:
    """A span of `Document.text` that a fact rests on; `sentence` indexes `Document.sentences`."""

    start: int
    end: int
    sentence: int | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"start": self.start, "end": self.end}
        if self.sentence is not None:
            d["sentence"] = self.sentence
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Evidence:
        return cls(d["start"], d["end"], d.get("sentence"))


@dataclass
class Entity:
    """A country, international organisation, person or place, with all its mentions."""

    id: str
    kind: str
    name: str
    code: str | None = None          # country: ISO alpha-3; org: English acronym
    role: str | None = None          # person: normalised English role
    country: str | None = None       # person: whom they serve; place: where it is
    geonameid: int | None = None     # place
    mentions: list[Mention] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"id": self.id, "kind": self.kind}
        if self.kind in ("country", "org"):
            d["code"] = self.code
        d["name"] = self.name
        if self.kind == "person":
            d["role"] = self.role
            d["country"] = self.country
        elif self.kind == "place":
            d["country"] = self.country
            d["geonameid"] = self.geonameid
        d["mentions"] = [m.to_dict() for m in self.mentions]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entity:
        return cls(
            id=d["id"], kind=d["kind"], name=d["name"], code=d.get("code"), role=d.get("role"),
            country=d.get("country"), geonameid=d.get("geonameid"),
            mentions=[Mention.from_dict(m) for m in d.get("mentions", [])],
        )


@dataclass
class Actor:
    """An event's source or target: a country or IGO code and, when named, its entity id."""

    code: str
    entity: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "entity": self.entity}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        return cls(d["code"], d.get("entity"))


@dataclass
class Location:
    name: str
    country: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Location | None:
        return None if d is None else cls(d["name"], d.get("country"))


@dataclass
class Event:
    """Who did what to whom, when and where (PLOVER)."""

    id: str
    type: str
    source: Actor
    target: Actor
    mode: str | None = None
    date: str | None = None
    date_precision: str | None = None
    location: Location | None = None
    round: int | None = None
    topics: list[str] = field(default_factory=list)
    cameo: str | None = None
    intensity: float | None = None
    evidence: Evidence | None = None
    mentions: list[Evidence] = field(default_factory=list)   # every supporting sentence
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "type": self.type, "mode": self.mode,
            "source": self.source.to_dict(), "target": self.target.to_dict(),
            "date": self.date, "date_precision": self.date_precision,
            "location": self.location.to_dict() if self.location else None,
            "round": self.round, "topics": list(self.topics), "cameo": self.cameo,
            "intensity": self.intensity,
            "evidence": self.evidence.to_dict() if self.evidence else None,
            "mentions": [m.to_dict() for m in self.mentions],
            "confidence": self.confidence,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        return cls(
            id=d["id"], type=d["type"], mode=d.get("mode"),
            source=Actor.from_dict(d["source"]), target=Actor.from_dict(d["target"]),
            date=d.get("date"), date_precision=d.get("date_precision"),
            location=Location.from_dict(d.get("location")), round=d.get("round"),
            topics=list(d.get("topics") or []), cameo=d.get("cameo"), intensity=d.get("intensity"),
            evidence=Evidence.from_dict(d["evidence"]) if d.get("evidence") else None,
            mentions=[Evidence.from_dict(m) for m in d.get("mentions") or []],
            confidence=d.get("confidence", 0.5),
        )


@dataclass
class Figure:
    """A stated quantity: trade turnover, exports, imports, growth, investment or aid (levels),
    a `change` of one of them (signed, `of` names the metric), or a `target` for one of them
    (`period` is the year it is due by). `repeats` are further places the same line states it
    (a title repeated as the lead)."""

    id: str
    metric: str
    value: float
    unit: str | None
    as_written: str
    evidence: Evidence
    reporter: str | None = None
    partner: str | None = None
    period: str | None = None
    compared_to: str | None = None
    of: str | None = None
    repeats: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id, "metric": self.metric, "reporter": self.reporter, "partner": self.partner,
            "period": self.period, "value": self.value, "unit": self.unit,
            "compared_to": self.compared_to, "as_written": self.as_written,
            "evidence": self.evidence.to_dict(),
        }
        # Only changes and targets are of another metric; only repeated lines have repeats.
        if self.of is not None:
            out["of"] = self.of
        if self.repeats:
            out["repeats"] = [e.to_dict() for e in self.repeats]
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Figure:
        return cls(
            id=d["id"], metric=d["metric"], value=d["value"], unit=d.get("unit"),
            as_written=d["as_written"], evidence=Evidence.from_dict(d["evidence"]),
            reporter=d.get("reporter"), partner=d.get("partner"), period=d.get("period"),
            compared_to=d.get("compared_to"), of=d.get("of"),
            repeats=[Evidence.from_dict(e) for e in d.get("repeats") or []],
        )


@dataclass
class Flag:
    """A finding about the numbers: an error, a warning, or an `info` repair proposal."""

    kind: str
    severity: str
    message: str
    figures: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    proposal: list[dict[str, Any]] | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "kind": self.kind, "severity": self.severity, "message": self.message,
            "figures": list(self.figures), "evidence": [e.to_dict() for e in self.evidence],
        }
        if self.proposal is not None:
            d["proposal"] = [dict(p) for p in self.proposal]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Flag:
        return cls(
            kind=d["kind"], severity=d["severity"], message=d["message"],
            figures=list(d.get("figures") or []),
            evidence=[Evidence.from_dict(e) for e in d.get("evidence") or []],
            proposal=[dict(p) for p in d["proposal"]] if d.get("proposal") is not None else None,
        )


@dataclass
class Source:
    path: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    site: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "url": self.url, "title": self.title,
                "published": self.published, "site": self.site}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Source:
        return cls(d.get("path"), d.get("url"), d.get("title"), d.get("published"), d.get("site"))


@dataclass
class Removed:
    """A line dropped from the input, and why."""

    text: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "reason": self.reason}


@dataclass
class Document:
    """One article: cleaned text, language, source, and every layer the stages add."""

    raw: str = ""                          # input as read (after HTML extraction), before cleaning
    text: str = ""
    source: Source = field(default_factory=Source)
    lang: str | None = None
    lang_confidence: float = 0.0
    removed: list[Removed] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    layers: dict[str, Any] = field(default_factory=dict)   # working layers, not serialised
    done: set[str] = field(default_factory=set)            # what the stages have assigned

    @property
    def id(self) -> str:
        return "sha256:" + hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def sentence_of(self, offset: int) -> int | None:
        """Index of the sentence holding character `offset`, or None."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s, e = self.sentences[mid]
            if offset < s:
                hi = mid - 1
            elif offset >= e:
                lo = mid + 1
            else:
                return mid
        return None

    def entity(self, entity_id: str) -> Entity | None:
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "id": self.id,
            "source": self.source.to_dict(),
            "lang": {"code": self.lang, "confidence": round(self.lang_confidence, 4)},
            "text": self.text,
            "removed": [r.to_dict() for r in self.removed],
            "sentences": [[s, e] for s, e in self.sentences],
            "entities": [e.to_dict() for e in self.entities],
            "events": [e.to_dict() for e in self.events],
            "figures": [f.to_dict() for f in self.figures],
            "flags": [f.to_dict() for f in self.flags],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        if d.get("schema") != SCHEMA:
            raise ValueError(f"not a {SCHEMA} record (schema={d.get('schema')!r})")
        lang = d.get("lang") or {}
        return cls(
            text=d["text"], raw=d["text"],
            source=Source.from_dict(d.get("source") or {}),
            lang=lang.get("code"), lang_confidence=lang.get("confidence") or 0.0,
            removed=[Removed(r["text"], r["reason"]) for r in d.get("removed") or []],
            sentences=[(s, e) for s, e in d.get("sentences") or []],
            entities=[Entity.from_dict(e) for e in d.get("entities") or []],
            events=[Event.from_dict(e) for e in d.get("events") or []],
            figures=[Figure.from_dict(f) for f in d.get("figures") or []],
            flags=[Flag.from_dict(f) for f in d.get("flags") or []],
        )
