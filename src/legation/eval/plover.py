"""Score legation on PLOVER-format gold: JSON records of hand-coded sentences, one event each.

The format is that of the PLOVER gold-standard records (openeventdata/PLOVER): a
JSON list (or JSON lines) of records with `text`, `event` (the PLOVER type),
`source` and `target` (lists of `{code, sector}` actors), `date`, `language`
and `textInfo.markup`. A record whose event is `DOCUMENT` documents the file
and is skipped. PLOVER 0.5 names are read as their PLOVER 0.8 types.

Per record (the gold type is the record's one event):

    type_recall      records whose gold type is among the events legation gives
    type_precision   events legation gives whose type is the record's gold type
    actors           records with the type right where some event of that type has the
                     gold source and target (a joint action, `SRC/TAR:` in the markup:
                     both sides among the joint actors, either way round; no gold target:
                     the source alone decides)
    sectors          of those, the ones whose sectors are the gold sectors too (a gold actor
                     without a sector, or a country or organisation legation names as a whole,
                     accepts any)

Actor codes: a country's alpha-3 (a few CAMEO spellings are read as ISO), or a
CAMEO group code (IGO, NGO, IMG, ...), which an organisation legation names matches.
Figures are kept per gold type (recall, actors) and per type legation gives (precision).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import gazetteer
from ..document import PLOVER_TYPES, Actor, Document, Event
from ..errors import InputError
from ..extract import extract
from ..settings import DEFAULT, Settings
from .metrics import Metric, Rate
from .run import Report

DOCUMENTATION = "DOCUMENT"
# PLOVER 0.5 event names that PLOVER 0.8 renamed or folded into another type.
RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# CAMEO country codes that differ from ISO 3166-1 alpha-3.
CAMEO_COUNTRIES = {"VTN": "VNM", "JAP": "JPN", "ITL": "ITA", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS",
                   "SER": "SRB", "MNT": "MNE", "KSV": "XKX", "BUL": "BGR"}
_SECTOR_LETTERS = 3       # "CVLalb", "REBkur": the sector, then an ethnic or religious qualifier
_JOINT = "SRC/TAR:"


@dataclass(frozen=True)
class GoldActor:
    code: str                 # alpha-3 of a country, or a CAMEO group code (IGO, NGO, ...)
    sector: str | None

    @property
    def country(self) -> bool:
        return gazetteer.is_country(self.code)


def is_plover_file(path: str | Path) -> bool:
    """Whether `path` is a file (PLOVER records), not a folder of gold cases."""
    return Path(path).is_file()


def _actors(value: Any) -> list[GoldActor]:
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        return []             # null, "" or a word ("diplomatic"): no target coded
    out = []
    for actor in value:
        if not isinstance(actor, dict) or not str(actor.get("code") or "").strip():
            continue
        code = str(actor["code"]).strip().upper()
        sector = str(actor.get("sector") or "")[:_SECTOR_LETTERS].upper()
        out.append(GoldActor(CAMEO_COUNTRIES.get(code, code), sector if sector.isalpha() else None))
    return out


def load_records(path: str | Path) -> Iterator[dict[str, Any]]:
    """The event records of a PLOVER-format file: a JSON list, or one JSON record per line."""
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot be read ({exc})") from None
    try:
        data = json.loads(raw)
    except ValueError:
        try:
            data = [json.loads(line) for line in raw.splitlines() if line.strip()]
        except ValueError as exc:
            raise InputError(str(path), f"is neither a JSON list nor JSON lines of PLOVER records ({exc})") from None
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list) or not data:
        raise InputError(str(path), "holds no PLOVER records")
    for n, record in enumerate(data, 1):
        if isinstance(record, dict) and str(record.get("event") or "").upper() == DOCUMENTATION:
            continue
        yield record if isinstance(record, dict) else {"id": f"record {n}"}


def gold_type(record: dict[str, Any]) -> str | None:
    name = str(record.get("event") or "").strip().upper()
    name = RENAMED.get(name, name)
    return name if name in PLOVER_TYPES else None


def _is(actor: Actor, gold: GoldActor, sectors: bool) -> bool:
    if gold.country:
        same = actor.code.upper() == gold.code
    else:
        same = not gazetteer.is_country(actor.code)     # an organisation for a group code
    return same and (not sectors or None in (gold.sector, actor.sector) or actor.sector == gold.sector)


def _right(event: Event, record: dict[str, Any], sectors: bool = False) -> bool:
    sources, targets = _actors(record.get("source")), _actors(record.get("target"))
    markup = str((record.get("textInfo") or {}).get("markup") or "")
    if _JOINT in markup:
        joint = sources + targets
        return any(_is(event.source, a, sectors) for a in joint) and any(_is(event.target, a, sectors) for a in joint)
    if not sources:
        return not targets or any(_is(event.target, a, sectors) for a in targets)
    if not any(_is(event.source, a, sectors) for a in sources):
        return False
    return not targets or any(_is(event.target, a, sectors) for a in targets)


def score(record: dict[str, Any], doc: Document) -> dict[str, dict[str, Metric]]:
    """The record's figures, keyed by the type they belong to (see the module docstring)."""
    gold = gold_type(record)
    assert gold is not None
    same = [e for e in doc.events if e.type == gold]
    out: dict[str, dict[str, Metric]] = {gold: {"type_recall": Rate(int(bool(same)), 1)}}
    for event in doc.events:
        out.setdefault(event.type, {})
        out[event.type]["type_precision"] = out[event.type].get("type_precision", Rate()) + \
            Rate(int(event.type == gold), 1)
    if same:
        right = [e for e in same if _right(e, record)]
        out[gold]["actors"] = Rate(int(bool(right)), 1)
        if right:
            out[gold]["sectors"] = Rate(int(any(_right(e, record, sectors=True) for e in right)), 1)
    return out


def evaluate(path: str | Path, *, settings: Settings = DEFAULT) -> Report:
    """Run `extract` on every record's sentence and score it; figures grouped by PLOVER type."""
    report = Report(group="type")
    for n, record in enumerate(load_records(path), 1):
        name = str(record.get("id") or f"record {n}")
        text = record.get("text")
        if gold_type(record) is None or not isinstance(text, str):
            report.failures.append(f"{name}: no text or no PLOVER event type ({record.get('event')!r})")
            continue
        report.cases += 1
        published = record.get("date") if isinstance(record.get("date"), str) else None
        try:
            doc = extract(text, published=published, lang=record.get("language") or None, settings=settings)
        except InputError as exc:
            report.failures.append(f"{name}: {exc}")
            continue
        for group, scores in score(record, doc).items():
            report.add(group, scores)
    return report
