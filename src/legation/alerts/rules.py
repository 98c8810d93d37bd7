"""Alert rules: what each kind looks for in the store, and the alerts it would make.

A rule finds its *matches*: each is an alert to fire, with the marks that
identify what it is about (an event's reports, a score window, a conflicting
figure bucket, an official). A match fires only when none of its marks has been
seen by that rule before, so an alert fires once, even when a merged event
gains reports or its id changes. The marks of what already matched when a rule
is added are recorded then, so a rule alerts on what is new from then on.

Kinds:
- `events`: a merged event of given PLOVER types, for a pair or a country.
- `score-shift`: a pair's cooperation-conflict score (the sum of its events'
  PLOVER intensities) in the latest window of `window` days differs from the
  window before by more than `by`. Windows are fixed blocks of days counted
  from 1970-01-01, so each window can fire once.
- `figure-conflict`: documents stating one quantity differently (optionally for a pair).
- `new-official`: a person serving one of a pair's countries appears in its reports.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from ..store.queries import Queries
from ..text.names import name_key

KINDS = ("events", "score-shift", "figure-conflict", "new-official")
EPOCH = dt.date(1970, 1, 1)
REPORTS_SHOWN = 10          # reports listed in one event alert


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    params: dict[str, Any]

    @property
    def pair(self) -> tuple[str, str] | None:
        pair = self.params.get("pair")
        return (pair[0], pair[1]) if pair else None

    def describe(self) -> str:
        p = self.params
        where = "-".join(p["pair"]) if p.get("pair") else p.get("country") or "any pair"
        if self.kind == "events":
            return f"new {'/'.join(p['types'])} event for {where}"
        if self.kind == "score-shift":
            return f"{where} score moves by more than {p['by']:g} over {p['window']} days"
        if self.kind == "figure-conflict":
            return f"new conflict between stated figures for {where}"
        return f"new official for {where}"


@dataclass(frozen=True)
class Match:
    marks: tuple[str, ...]
    title: str
    path: str                    # the page it links to, on the web app
    details: dict[str, Any]


def matches(rule: Rule, store: Queries) -> list[Match]:
    """Everything in the store that `rule` alerts on, fired or not."""
    if rule.kind == "events":
        return _events(rule, store)
    if rule.kind == "score-shift":
        return _score_shift(rule, store)
    if rule.kind == "figure-conflict":
        return _conflicts(rule, store)
    return _officials(rule, store)


def alert_of(rule: Rule, match: Match, fired_at: dt.datetime, base_url: str) -> dict[str, Any]:
    """The alert as delivered and shown: title, links (site paths and full URLs), details."""
    base = base_url.rstrip("/")
    digest = hashlib.sha256(f"{rule.name}\x00{match.marks[0]}".encode()).hexdigest()
    details = _linked(match.details, base)
    return {"id": "a:" + digest[:20], "rule": rule.name, "kind": rule.kind, "about": rule.describe(),
            "fired_at": fired_at.isoformat(timespec="seconds"), "title": match.title,
            "path": match.path, "link": base + match.path, **details}


def _linked(value: Any, base: str) -> Any:
    """Every `path` in `value` with a `link` beside it: the full URL on the web app at `base`."""
    if isinstance(value, dict):
        out = {k: _linked(v, base) for k, v in value.items()}
        if isinstance(value.get("path"), str):
            out["link"] = base + value["path"]
        return out
    if isinstance(value, list):
        return [_linked(v, base) for v in value]
    return value


def _pair_where(rule: Rule, a: str = "source", b: str = "target") -> tuple[str, list[Any]]:
    p = rule.params
    if p.get("pair"):
        x, y = p["pair"]
        return f"(({a} = ? AND {b} = ?) OR ({a} = ? AND {b} = ?))", [x, y, y, x]
    if p.get("country"):
        return f"({a} = ? OR {b} = ?)", [p["country"], p["country"]]
    return "TRUE", []


def _events(rule: Rule, store: Queries) -> list[Match]:
    where, params = _pair_where(rule, "h.source", "h.target")
    rows = store.sql(f"""
        SELECT h.id, h.type, h.mode, h.source, h.target, h.date, h.location_name AS place,
               h.n_documents AS documents, hr.document_id, hr.event_id, d.title, d.url, d.lang,
               d.published, e.evidence_start, e.evidence_end,
               CASE WHEN e.evidence_start IS NOT NULL
                    THEN substr(d.text, e.evidence_start + 1, e.evidence_end - e.evidence_start) END AS evidence
        FROM happenings h
        JOIN happening_reports hr ON hr.happening_id = h.id
        JOIN documents d ON d.id = hr.document_id
        LEFT JOIN events e ON e.document_id = hr.document_id AND e.event_id = hr.event_id
        WHERE list_contains(?, h.type) AND {where}
        ORDER BY h.date_lo NULLS LAST, h.id, d.published NULLS LAST, hr.document_id, hr.event_id""",
        [list(rule.params["types"]), *params])
    by_event: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_event.setdefault(r["id"], []).append(r)
    out = []
    for hid, reports in by_event.items():
        h = reports[0]
        path = f"/event/{quote(hid, safe='')}"
        event = {k: _iso(h[k]) for k in ("id", "type", "mode", "source", "target", "date", "place", "documents")}
        out.append(Match(
            marks=tuple(f"report:{r['document_id']}/{r['event_id']}" for r in reports),
            title=f"{h['type']} {h['source'] or '?'} → {h['target'] or '?'}" + (f" {h['date']}" if h["date"] else ""),
            path=path,
            details={"event": {**event, "path": path}, "reports": [_report(r, path) for r in reports[:REPORTS_SHOWN]]}))
    return out


def _report(r: dict[str, Any], event_path: str) -> dict[str, Any]:
    key = r["document_id"].split(":", 1)[-1]
    evidence = None
    if r["evidence_start"] is not None:
        evidence = {"start": r["evidence_start"], "end": r["evidence_end"], "text": r["evidence"],
                    "path": f"{event_path}#reports"}
    return {"document": r["document_id"], "title": r["title"], "url": r["url"], "lang": r["lang"],
            "published": _iso(r["published"]), "path": f"/document/{key}", "evidence": evidence}


def _score_shift(rule: Rule, store: Queries) -> list[Match]:
    a, b = rule.params["pair"]
    days, by = int(rule.params["window"]), float(rule.params["by"])
    rows = store.sql("""
        SELECT date_lo, intensity FROM happenings
        WHERE ((source = ? AND target = ?) OR (source = ? AND target = ?))
          AND date_lo IS NOT NULL AND intensity IS NOT NULL""", [a, b, b, a])
    if not rows:
        return []
    block = lambda d: (d - EPOCH).days // days        # noqa: E731
    latest = max(block(r["date_lo"]) for r in rows)
    now = sum(r["intensity"] for r in rows if block(r["date_lo"]) == latest)
    before = sum(r["intensity"] for r in rows if block(r["date_lo"]) == latest - 1)
    if abs(now - before) <= by:
        return []
    start = EPOCH + dt.timedelta(days=latest * days)
    end = start + dt.timedelta(days=days - 1)
    pair = f"{min(a, b)}-{max(a, b)}"
    return [Match(
        marks=(f"window:{latest}",),
        title=f"{pair} score {now - before:+.1f} ({before:.1f} → {now:.1f}) in {start.isoformat()}..{end.isoformat()}",
        path=f"/pair/{pair}",
        details={"pair": pair, "window": {"start": start.isoformat(), "end": end.isoformat(), "days": days},
                 "score_before": round(before, 2), "score_now": round(now, 2),
                 "change": round(now - before, 2)})]


def _conflicts(rule: Rule, store: Queries) -> list[Match]:
    where, params = _pair_where(rule, "reporter", "partner")
    rows = store.sql(f"""SELECT id, bucket, message, metric, reporter, partner, period, unit,
                                from_json(documents, '["VARCHAR"]') AS documents
                         FROM figure_conflicts WHERE {where} ORDER BY period, metric, id""", params)
    out = []
    for r in rows:
        pair = "-".join(sorted(x for x in (r["reporter"], r["partner"]) if x))
        path = f"/pair/{pair}" if "-" in pair else "/"
        out.append(Match(
            marks=(f"conflict:{r['bucket']}",), title=r["message"], path=path,
            details={"conflict": {k: r[k] for k in ("metric", "reporter", "partner", "period", "unit")},
                     "documents": [{"document": d, "path": f"/document/{d.split(':', 1)[-1]}"}
                                   for d in r["documents"]]}))
    return out


def _officials(rule: Rule, store: Queries) -> list[Match]:
    a, b = rule.params["pair"]
    pair = f"{min(a, b)}-{max(a, b)}"
    people = store.pair(a, b)["officials"]
    rows = store.sql("""
        SELECT name, country, list(DISTINCT document_id) AS documents
        FROM entities WHERE kind = 'person' AND country IN (?, ?) GROUP BY ALL""", [a, b])
    documents: dict[tuple[str, str], list[str]] = {}
    for r in rows:
        documents.setdefault((name_key(r["name"] or ""), r["country"]), []).extend(r["documents"])
    out = []
    for p in people:
        key = (name_key(p["name"] or ""), p["country"])
        docs = sorted(set(documents.get(key, [])))
        out.append(Match(
            marks=(f"official:{key[0]}|{key[1]}",),
            title=f"{p['name']}" + (f", {p['role']}" if p["role"] else "") + f" ({p['country']}) in {pair} reports",
            path=f"/pair/{pair}",
            details={"official": dict(p), "documents": [
                {"document": d, "path": f"/document/{d.split(':', 1)[-1]}"} for d in docs[:REPORTS_SHOWN]]}))
    return out


def _iso(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value

