"""Events: precision/recall/F1 on type + unordered pair + date, then, among matched
events, direction, location and round accuracy; and whether articles with no gold
event yield none.

Metrics:
    events            PRF over (type, {source, target}, date)
    events_direction  matched events whose source/target agree (symmetric types: either way)
    events_location   matched events whose location agrees (null must be null; else the
                      same country and the same place by the gazetteer's English name)
    events_round      matched events whose round agrees
    no_event_cases    gold cases without events for which nothing was predicted
"""

from __future__ import annotations

from functools import cache
from typing import Any

from .. import gazetteer
from ..document import Document, Event
from ..resources.event_types import event_types
from ..text.fold import fold
from .metrics import PRF, Metric, Rate


def _key(kind: str, a: str | None, b: str | None, date: str | None) -> tuple[str, frozenset[str], str | None]:
    return kind, frozenset(c for c in (a, b) if c), date


def _place_name(name: str | None) -> str:
    return fold(name or "").replace("-", " ").strip()


@cache
def _city_ids() -> dict[str, frozenset[int]]:
    """Folded city name (any language) -> GeoNames ids, from the gazetteer."""
    ids: dict[str, set[int]] = {}
    for name, gid in gazetteer.city_names():
        ids.setdefault(_place_name(name), set()).add(gid)
    return {k: frozenset(v) for k, v in ids.items()}


def _same_location(gold: dict[str, Any] | None, pred: Event) -> bool:
    if gold is None:
        return pred.location is None
    if pred.location is None:
        return False
    if (gold.get("country") or "").upper() != (pred.location.country or "").upper():
        return False
    a, b = _place_name(gold.get("name")), _place_name(pred.location.name)
    if a == b:
        return True
    # Different spellings of one city ("Bakou", "Baku") share a GeoNames id.
    return bool(_city_ids().get(a, frozenset()) & _city_ids().get(b, frozenset()))


def score(case: dict[str, Any], doc: Document) -> dict[str, Metric]:
    """Event metrics for one gold case (see the module docstring)."""
    gold_events: list[dict[str, Any]] = list(case.get("events") or [])
    table = event_types()
    unmatched = list(doc.events)
    prf = PRF()
    direction, location, rounds = Rate(), Rate(), Rate()
    for g in gold_events:
        key = _key(g["type"], g.get("source"), g.get("target"), g.get("date"))
        match = next((p for p in unmatched
                      if _key(p.type, p.source.code, p.target.code, p.date) == key), None)
        if match is None:
            prf.fn += 1
            continue
        unmatched.remove(match)
        prf.tp += 1
        info = table.get(g["type"])
        symmetric = info is not None and info.symmetric
        same_way = (match.source.code, match.target.code) == (g.get("source"), g.get("target"))
        direction += Rate(int(same_way or symmetric), 1)
        location += Rate(int(_same_location(g.get("location"), match)), 1)
        rounds += Rate(int(match.round == g.get("round")), 1)
    prf.fp += len(unmatched)
    out: dict[str, Metric] = {"events": prf, "events_direction": direction,
                              "events_location": location, "events_round": rounds}
    if "events" in case and not gold_events:
        out["no_event_cases"] = Rate(int(not doc.events), 1)
    return out
