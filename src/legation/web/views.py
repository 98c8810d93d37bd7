"""What each page shows, from the store's read queries (`store.Queries`).

Every view takes the queries and the page's parameters and returns plain JSON-ready
data: the page's JSON twin is exactly this data, and the HTML template renders the
same dictionary. Lists that grow with the store come a page at a time (`PER_PAGE`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from ..document import Document
from ..errors import InputError
from ..store.queries import Queries, parse_pair
from ..text.fold import fold
from .highlight import Mark, segments

MAX_MONTHS = 240                                # a timeline longer than 20 years is cut to the latest
LIST_LIMIT = 25                                 # rows of each list on the overview
PER_PAGE = 50                                   # rows of a paginated list
CONTEXT = 80                                    # characters shown around a search hit


class NotFound(LookupError):
    """The page asked for does not exist (unknown id or pair, or a page number past the end)."""


def doc_key(document_id: str) -> str:
    """The URL part of a document id (its hash without the `sha256:` prefix)."""
    return document_id.split(":", 1)[-1]


def pair_of(text: str) -> tuple[str, str]:
    """The pair named in a URL (`KAZ-BEL`), or NotFound."""
    try:
        return parse_pair(text)
    except InputError as exc:
        raise NotFound(exc.problem) from None


def _json_list(value: str | None) -> list[Any]:
    if not value:
        return []
    try:
        parsed = json.loads(value)
    except ValueError:
        return []
    return parsed if isinstance(parsed, list) else []


def _iso(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in row.items()}


def _paged(rows: list[dict[str, Any]], page: int) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """A page's rows (fetched with one row more than a page) and where the pages lead."""
    if page > 1 and not rows:
        raise NotFound(f"there is no page {page} of this list")
    more = len(rows) > PER_PAGE
    return [_iso(r) for r in rows[:PER_PAGE]], {"page": page, "per_page": PER_PAGE,
                                                "previous": page - 1 if page > 1 else None,
                                                "next": page + 1 if more else None}


def _window(page: int) -> dict[str, int]:
    return {"limit": PER_PAGE + 1, "offset": (page - 1) * PER_PAGE}


def _conflicts(store: Queries, pair: tuple[str, str] | None) -> list[dict[str, Any]]:
    rows = [_iso(r) for r in store.conflicts_of(pair, limit=LIST_LIMIT)]
    for r in rows:
        r["documents"] = [doc_key(str(d)) for d in r["documents"] or []]
        r["figures"] = _json_list(r["figures"])
    return rows


# ---------------------------------------------------------------- overview

def overview(store: Queries) -> dict[str, Any]:
    pairs = [_iso(p) for p in store.active_pairs(limit=LIST_LIMIT)]
    for p in pairs:
        p["pair"] = f"{p['a']}-{p['b']}"
    flags = [_iso(f) for f in store.newest_flags(limit=LIST_LIMIT)]
    for f in flags:
        f["document"] = doc_key(f["document"])
    return {"page": "overview", "counts": store.counts(), "pairs": pairs,
            "events": [_iso(e) for e in store.events(newest_first=True, limit=LIST_LIMIT)],
            "flags": flags, "conflicts": _conflicts(store, None)}


# ---------------------------------------------------------------- pair

def pair(store: Queries, pair: str, page: int) -> dict[str, Any]:
    a, b = pair_of(pair)
    relationship = store.relationship(a, b)
    if not relationship["events_by_month"] and not store.figures(pair=(a, b), limit=1) and not store.known_pair(a, b):
        raise NotFound(f"no events or figures between {a} and {b} in this store")
    events, events_pages = _paged(store.events(pair=(a, b), newest_first=True, **_window(page)), 1)
    figures, figures_pages = _paged(store.figures(pair=(a, b), **_window(page)), 1)
    if page > 1 and not events and not figures:
        raise NotFound(f"there is no page {page} of this pair")
    pages = {"page": page, "per_page": PER_PAGE, "previous": page - 1 if page > 1 else None,
             "next": page + 1 if events_pages["next"] or figures_pages["next"] else None}
    documents = sorted({f["document"] for f in figures})
    flags = [_iso(f) for f in store.flags_of(documents)]
    for fl in flags:
        fl["figures"] = [str(x) for x in _json_list(fl["figures"])]
        fl["proposal"] = _json_list(fl["proposal"]) or None
        fl["document"] = doc_key(fl["document"])
    conflicts = _conflicts(store, (a, b))
    why: dict[tuple[str, str], list[str]] = {}
    for fl in flags:
        for figure in fl["figures"]:
            why.setdefault((fl["document"], figure), []).append(f"{fl['kind']}: {fl['message']}")
    for c in conflicts:
        for stated in c["figures"]:
            if isinstance(stated, dict):
                key = (doc_key(str(stated.get("document"))), str(stated.get("figure")))
                why.setdefault(key, []).append(f"{c['kind']}: {c['message']}")
    for fig in figures:
        fig["flags"] = [k for k in (fig["flags"] or "").split(",") if k and k != "repair"]
        fig["document"] = doc_key(fig["document"])
        # Each flag with its message, for the chart's hover text.
        fig["why"] = [w for w in why.get((fig["document"], str(fig["figure"])), []) if not w.startswith("repair:")]
    periods: dict[str, list[dict[str, Any]]] = {}
    for fig in figures:
        periods.setdefault(fig["period"] or "unknown period", []).append(fig)
    months, by_type = _timeline(relationship["events_by_month"])
    scores = {r["month"]: r["score"] for r in relationship["score_by_month"]}
    return {
        "page": "pair", "pair": f"{a}-{b}", "a": a, "b": b,
        "events_total": sum(r["events"] for r in relationship["events_by_month"]),
        "months": months, "events_by_type": by_type,
        # The score is a sum over the month's events, so a month without events scores 0.
        "cooperation": [float(scores.get(m) or 0.0) for m in months],
        "officials": [_iso(o) for o in relationship["officials"]],
        "events": events, "figures_by_period": [{"period": p, "figures": fs} for p, fs in periods.items()],
        "flags": [fl for fl in flags if fl["kind"] != "repair" and fl["severity"] in ("error", "warning")],
        "repairs": [fl for fl in flags if fl["kind"] == "repair"],
        "conflicts": conflicts, "pagination": pages,
    }


def _timeline(by_month: list[dict[str, Any]]) -> tuple[list[str], dict[str, list[int]]]:
    """Every month from the first event to the last, and the number of events of each type in each."""
    dated = sorted({r["month"] for r in by_month if r["month"] != "undated"})
    if not dated:
        return [], {}
    months = _month_range(dated[0], dated[-1])[-MAX_MONTHS:]
    index = {m: i for i, m in enumerate(months)}
    by_type: dict[str, list[int]] = {}
    for r in by_month:
        i = index.get(r["month"])
        if i is not None:
            by_type.setdefault(r["type"], [0] * len(months))[i] += int(r["events"])
    return months, by_type


def _month_range(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    ly, lm = int(last[:4]), int(last[5:7])
    out = []
    while (y, m) <= (ly, lm):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


# ---------------------------------------------------------------- event

def event(store: Queries, id: str, page: int) -> dict[str, Any]:
    found = store.events(id=id)
    if not found:
        raise NotFound(f"no event with id {id!r}")
    ev = _iso(found[0])
    reports, pages = _paged(store.reports(id, **_window(page)), page)
    for rep in reports:
        stored = store.document(rep["document"])
        start, end = rep.pop("evidence_start"), rep.pop("evidence_end")
        rep["evidence"] = _evidence_passage(Document.from_dict(json.loads(stored["record"])), start, end) \
            if stored else {"segments": [], "start": None, "end": None}
        rep["document"] = doc_key(rep["document"])
    pair = (f"{min(ev['source'], ev['target'])}-{max(ev['source'], ev['target'])}"
            if ev["source"] and ev["target"] and ev["source"] != ev["target"] else None)
    return {"page": "event", "event": ev, "pair": pair, "reports": reports, "pagination": pages}


def _evidence_passage(doc: Document, start: int | None, end: int | None) -> dict[str, Any]:
    """The sentence(s) around an event's evidence, with the evidence and named entities marked."""
    if start is None or end is None or not (0 <= start < end <= len(doc.text)):
        return {"segments": [], "start": None, "end": None}
    lo, hi = start, end
    for s, e in doc.sentences:           # widen to whole sentences so the evidence reads in context
        if s <= start < e:
            lo = min(lo, s)
        if s < end <= e:
            hi = max(hi, e)
    marks = [Mark(start - lo, end - lo, "evidence")]
    for ent in doc.entities:
        for m in ent.mentions:
            if lo <= m.start and m.end <= hi:
                marks.append(Mark(m.start - lo, m.end - lo, ent.kind, ent.code or ent.name))
    return {"segments": [s.to_dict() for s in segments(doc.text[lo:hi], marks)], "start": start, "end": end}


# ---------------------------------------------------------------- document

def document(store: Queries, id: str, url: Callable[..., str]) -> dict[str, Any]:
    """`url` builds links from page names (see `app.url`)."""
    if not re.fullmatch(r"(sha256:)?[0-9a-f]{8,64}", id):
        raise NotFound(f"{id!r} is not a document id")
    stored = store.document(f"sha256:{doc_key(id)}") or store.document(id)
    if stored is None:
        raise NotFound(f"no document with id {id!r}")
    meta = _iso({k: v for k, v in stored.items() if k != "record"})
    doc = Document.from_dict(json.loads(stored["record"]))
    links = store.event_links(meta["id"])
    marks: list[Mark] = []
    for ent in doc.entities:
        note = ent.name if not ent.code else f"{ent.name} ({ent.code})"
        if ent.kind == "person":
            note = ", ".join(x for x in (ent.name, ent.role, ent.country) if x)
        for m in ent.mentions:
            marks.append(Mark(m.start, m.end, f"{ent.kind}", note))
    events = []
    for ev in doc.events:
        hid = links.get(ev.id)
        label = f"{ev.type} {ev.source.code} → {ev.target.code}" + (f" {ev.date}" if ev.date else "")
        if ev.evidence:
            marks.append(Mark(ev.evidence.start, ev.evidence.end, "event", label, url("event", id=hid) if hid else None))
        events.append({**ev.to_dict(), "happening": hid, "label": label})
    for fig in doc.figures:
        label = f"{fig.metric} {fig.reporter or '?'}–{fig.partner or '?'} {fig.period or ''}: " \
                f"{fig.value:,.6g} {fig.unit or ''}".strip()
        marks.append(Mark(fig.evidence.start, fig.evidence.end, "figure", label))
    for fl in doc.flags:
        for ev_span in fl.evidence:
            marks.append(Mark(ev_span.start, ev_span.end, "flag", f"{fl.severity}: {fl.message}"))
    pairs = sorted({f"{min(e.source.code, e.target.code)}-{max(e.source.code, e.target.code)}"
                    for e in doc.events if e.source.code != e.target.code})
    return {
        "page": "document", "document": {**meta, "key": doc_key(meta["id"])},
        "text": doc.text, "segments": [s.to_dict() for s in segments(doc.text, marks)],
        "entities": [e.to_dict() for e in doc.entities], "events": events,
        "figures": [f.to_dict() for f in doc.figures], "flags": [f.to_dict() for f in doc.flags],
        "removed": [r.to_dict() for r in doc.removed], "pairs": pairs,
    }


# ---------------------------------------------------------------- search

def search(store: Queries, q: str, page: int) -> dict[str, Any]:
    needle = " ".join(q.split())[:200]
    result: dict[str, Any] = {"page": "search", "q": needle, "people": [], "places": [],
                              "pairs": [], "documents": [], "pagination": None}
    if len(needle) < 2:
        return result
    window = _window(page)
    lists = {
        "people": store.people_named(needle, **window),
        "places": store.people_named(needle, kind="place", **window),
        "pairs": _search_pairs(store, needle, window),
        "documents": store.documents_with(needle, **window),
    }
    more = False
    for name, rows in lists.items():
        result[name], pages = _paged(rows, 1)
        more = more or pages["next"] is not None
    if page > 1 and not any(result[name] for name in lists):
        raise NotFound(f"there is no page {page} of this search")
    result["pagination"] = {"page": page, "per_page": PER_PAGE,
                            "previous": page - 1 if page > 1 else None, "next": page + 1 if more else None}
    folded = fold(needle)
    for h in result["documents"]:
        body = h.pop("text")
        # fold() keeps length, so the hit's offsets in the folded text are offsets in the text.
        at = fold(body).find(folded)
        lo, hi = (max(0, at - CONTEXT), min(len(body), at + len(needle) + CONTEXT)) if at >= 0 \
            else (0, min(len(body), 2 * CONTEXT))
        marks = [Mark(at - lo, at - lo + len(needle), "match")] if at >= 0 else []
        h["segments"] = [s.to_dict() for s in segments(body[lo:hi], marks)]
        h["prefix"], h["suffix"] = lo > 0, hi < len(body)
        h["document"] = doc_key(h.pop("id"))
    return result


def _search_pairs(store: Queries, text: str, window: dict[str, int]) -> list[dict[str, Any]]:
    try:
        a, b = parse_pair(text)
    except InputError:
        # A country by code or by any name it is written with in the store.
        codes = store.codes_named(text)
        if not codes:
            return []
        found = store.active_pairs(codes=codes, **window)
    else:
        found = [p for p in store.active_pairs(codes=[a, b], **window) if {p["a"], p["b"]} == {a, b}]
    for r in found:
        r["pair"] = f"{r['a']}-{r['b']}"
    return found
