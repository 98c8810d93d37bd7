"""What each page shows, read from the store over one read-only DuckDB connection.

Every public method returns plain JSON-ready data: the page's JSON twin is
exactly this data, and the HTML template renders the same dictionary. All SQL
takes its values as parameters; identifiers in SQL are constants of this module.

The database is opened read-only, which in DuckDB also keeps writers out for as
long as the server runs, so results can be cached for the life of the process.
"""

from __future__ import annotations

import json
import re
import sys
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import duckdb

from ..document import Document
from ..errors import LegationError
from ..text.fold import fold
from .highlight import Mark, segments

CODE = re.compile(r"^[A-Z]{2,6}$")            # ISO alpha-3 or an IGO acronym
PAIR = re.compile(r"^([A-Za-z]{2,6})[-_ /]([A-Za-z]{2,6})$")
MAX_MONTHS = 240                                # a timeline longer than 20 years is cut to the latest
LIST_LIMIT = 25
SEARCH_LIMIT = 30
CONTEXT = 80                                    # characters shown around a search hit


class NotFound(LookupError):
    """The page asked for does not exist (unknown id or pair)."""


def split_pair(pair: str, *, domestic: bool = False) -> tuple[str, str]:
    """`KAZ-BEL` -> ("KAZ", "BEL"); NotFound when it is not two actor codes. One country twice
    (`GEO-GEO`) only for its domestic events."""
    m = PAIR.match(pair.strip())
    if not m:
        raise NotFound(f"{pair!r} is not a pair of country codes like KAZ-BEL")
    a, b = m.group(1).upper(), m.group(2).upper()
    if a == b and not domestic:
        raise NotFound(f"{pair!r} names one country twice (its domestic events: ?domestic=1)")
    return a, b


def doc_key(document_id: str) -> str:
    """The URL part of a document id (its hash without the `sha256:` prefix)."""
    return document_id.split(":", 1)[-1]


def _json_list(value: str | None) -> list[Any]:
    if not value:
        return []
    try:
        parsed = json.loads(value)
    except ValueError:
        return []
    return parsed if isinstance(parsed, list) else []


def _iso(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


class StoreView:
    """Read-only page queries over a legation store file."""

    def __init__(self, db_path: str | Path) -> None:
        from ..store.core import open_settled

        path = Path(db_path)
        if not path.is_file():
            raise LegationError(f"{path}: no store here; create one with 'legation ingest FILES --db {path}'")
        # Store checks the schema and holds the read-only lock (keeping writers out) while we serve;
        # what a killed ingest left unmerged is merged first, as the commands do.
        self._store, problem = open_settled(path)
        if problem:
            print(f"legation: {problem}", file=sys.stderr)
        try:
            self._con = duckdb.connect(str(path), read_only=True)
        except duckdb.Error as exc:
            raise LegationError(f"{path}: cannot open the store read-only ({str(exc).splitlines()[0]})") from None
        self._tables = {r[0] for r in self._con.execute(
            "SELECT table_name FROM information_schema.tables").fetchall()}
        self._local = threading.local()
        # Results are cached per process: the read-only connection keeps the data fixed.
        self.overview = lru_cache(maxsize=4)(self._overview)          # type: ignore[method-assign]
        self.pair = lru_cache(maxsize=256)(self._pair)                # type: ignore[method-assign]
        self.event = lru_cache(maxsize=1024)(self._event)             # type: ignore[method-assign]
        self.document = lru_cache(maxsize=1024)(self._document)       # type: ignore[method-assign]
        self.search = lru_cache(maxsize=512)(self._search)            # type: ignore[method-assign]
        self._record = lru_cache(maxsize=256)(self._load_record)      # type: ignore[method-assign]

    def close(self) -> None:
        self._con.close()
        self._store.close()

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        # A DuckDB connection is not safe across threads; each worker thread keeps its own cursor.
        cur = getattr(self._local, "cursor", None)
        if cur is None:
            cur = self._local.cursor = self._con.cursor()
        return cur

    def _queries(self) -> Any:
        """The store's own read queries, over this thread's cursor."""
        from ..store.queries import Queries

        q = getattr(self._local, "queries", None)
        if q is None:
            q = self._local.queries = Queries()
            q._con = self._cursor()          # the mixin's contract: it reads through `_con`
        return q

    def _rows(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        result = self._cursor().execute(sql, params)
        names = [d[0] for d in result.description]
        return [{k: _iso(v) for k, v in zip(names, row)} for row in result.fetchall()]

    # ---------------------------------------------------------------- overview

    def _overview(self) -> dict[str, Any]:
        counts = self._rows("""
            SELECT (SELECT count(*) FROM documents) AS documents,
                   (SELECT count(*) FROM happenings) AS events,
                   (SELECT count(*) FROM figures) AS figures,
                   (SELECT count(*) FROM flags WHERE severity IN ('error', 'warning')) AS flags
        """)[0]
        pairs = self._rows("""
            SELECT least(source, target) AS a, greatest(source, target) AS b,
                   count(*) AS events, sum(n_documents) AS reports, max(month) AS latest_month
            FROM happenings WHERE source IS NOT NULL AND target IS NOT NULL AND source <> target
            GROUP BY 1, 2 ORDER BY events DESC, reports DESC, a, b LIMIT ?
        """, [LIST_LIMIT])
        for p in pairs:
            p["pair"] = f"{p['a']}-{p['b']}"
        events = self._rows(f"""
            SELECT {self._happening_cols} FROM happenings
            ORDER BY date DESC NULLS LAST, n_documents DESC, id LIMIT ?
        """, [LIST_LIMIT])
        flags = self._rows("""
            SELECT f.kind, f.severity, f.message, d.id AS document_id, d.title, d.lang,
                   d.published
            FROM flags f JOIN documents d ON d.id = f.document_id
            WHERE f.severity IN ('error', 'warning')
            ORDER BY d.published DESC NULLS LAST, d.ingested_at DESC, f.n LIMIT ?
        """, [LIST_LIMIT])
        for f in flags:
            f["document"] = doc_key(f.pop("document_id"))
        return {"page": "overview", "counts": counts, "pairs": pairs, "events": events,
                "flags": flags, "conflicts": self._conflicts(None, None)}

    _happening_cols = """id, type, mode, source, target, date, date_precision, month,
        location_name, location_country, round, intensity, n_mentions, n_documents,
        n_sources, n_languages, languages, first_report, last_report"""

    def _conflicts(self, a: str | None, b: str | None) -> list[dict[str, Any]]:
        if "figure_conflicts" not in self._tables:
            return []
        where, params = "", []
        if a and b:
            where = "WHERE (reporter = ? AND partner = ?) OR (reporter = ? AND partner = ?)"
            params = [a, b, b, a]
        rows = self._rows(f"""
            SELECT id, kind, severity, message, metric, reporter, partner, period, unit,
                   documents, figures FROM figure_conflicts {where}
            ORDER BY period DESC NULLS LAST, id LIMIT {LIST_LIMIT}
        """, params)
        for r in rows:
            r["documents"] = [doc_key(str(d)) for d in _json_list(r["documents"])]
            r["figures"] = _json_list(r["figures"])
        return rows

    # ---------------------------------------------------------------- pair

    def _pair(self, a: str, b: str, domestic: bool = False) -> dict[str, Any]:
        """International events of the pair, or with `domestic` those with one country on both sides."""
        events = self._rows(f"""
            SELECT {self._happening_cols} FROM happenings
            WHERE ((source = ? AND target = ?) OR (source = ? AND target = ?))
              AND coalesce(domestic, FALSE) = ?
            ORDER BY date NULLS LAST, type, id
        """, [a, b, b, a, domestic])
        figures = self._rows("""
            SELECT f.document_id, f.figure_id, f.metric, f.reporter, f.partner, f.period,
                   f.value, f.unit, f.compared_to, f.as_written, d.title, d.lang, d.published
            FROM figures f JOIN documents d ON d.id = f.document_id
            WHERE (f.reporter = ? AND f.partner = ?) OR (f.reporter = ? AND f.partner = ?)
            ORDER BY f.period DESC NULLS LAST, f.metric, d.published, f.document_id, f.figure_id
        """, [a, b, b, a])
        if not events and not figures and not self._known_pair(a, b):
            raise NotFound(f"no events or figures between {a} and {b} in this store")
        documents = sorted({f["document_id"] for f in figures})
        flags = self._flags_of(documents)
        conflicts = self._conflicts(a, b)
        across: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for c in conflicts:
            for stated in c["figures"]:
                if isinstance(stated, dict):
                    across.setdefault((str(stated.get("document")), str(stated.get("figure"))), []).append(
                        {"kind": c["kind"], "severity": c["severity"], "message": c["message"]})
        for fig in figures:
            fig["flags"] = [fl for fl in flags.get(fig["document_id"], [])
                            if fig["figure_id"] in fl["figures"] and fl["kind"] != "repair"]
            fig["flags"] += across.get((fig["document_id"], fig["figure_id"]), [])
            fig["document"] = doc_key(fig.pop("document_id"))
        periods: dict[str, list[dict[str, Any]]] = {}
        for fig in figures:
            periods.setdefault(fig["period"] or "unknown period", []).append(fig)
        repairs = [
            {**fl, "document": doc_key(doc)}
            for doc in documents for fl in flags.get(doc, []) if fl["kind"] == "repair"
        ]
        document_flags = [
            {**fl, "document": doc_key(doc)}
            for doc in documents for fl in flags.get(doc, [])
            if fl["kind"] != "repair" and fl["severity"] in ("error", "warning")
        ]
        months, by_type = _timeline(events)
        # Score and officials as `legation pair` computes them, so the page and the CLI agree.
        relationship = self._queries().pair(a, b, domestic=domestic)
        scores = {r["month"]: r["score"] for r in relationship["score_by_month"]}
        # The score is a sum over the month's events, so a month without events scores 0.
        score = [float(scores.get(m) or 0.0) for m in months]
        officials = [{k: _iso(v) for k, v in r.items()} for r in relationship["officials"]]
        return {
            "page": "pair", "pair": f"{a}-{b}", "a": a, "b": b, "domestic": domestic,
            "events": events, "months": months, "events_by_type": by_type,
            "cooperation": score, "officials": officials,
            "figures_by_period": [{"period": p, "figures": fs} for p, fs in periods.items()],
            "flags": document_flags, "repairs": repairs, "conflicts": conflicts,
        }

    def _known_pair(self, a: str, b: str) -> bool:
        rows = self._rows("""
            SELECT count(DISTINCT code) AS n FROM entities WHERE kind = 'country' AND code IN (?, ?)
        """, [a, b])
        return bool(rows) and rows[0]["n"] == len({a, b})

    def _flags_of(self, documents: list[str]) -> dict[str, list[dict[str, Any]]]:
        if not documents:
            return {}
        rows = self._rows("""
            SELECT document_id, n, kind, severity, message, figures, proposal FROM flags
            WHERE list_contains(?, document_id) ORDER BY document_id, n
        """, [documents])
        out: dict[str, list[dict[str, Any]]] = {}
        for r in rows:
            doc = r.pop("document_id")
            r["figures"] = [str(x) for x in _json_list(r["figures"])]
            r["proposal"] = _json_list(r["proposal"]) or None
            out.setdefault(doc, []).append(r)
        return out

    # ---------------------------------------------------------------- event

    def _event(self, happening_id: str) -> dict[str, Any]:
        found = self._rows(f"SELECT {self._happening_cols} FROM happenings WHERE id = ?", [happening_id])
        if not found:
            raise NotFound(f"no event with id {happening_id!r}")
        event = found[0]
        reports = self._rows("""
            SELECT r.document_id, r.event_id, d.title, d.url, d.lang, d.source_key, d.published,
                   e.evidence_start, e.evidence_end, e.date AS report_date, e.confidence
            FROM happening_reports r
            JOIN documents d ON d.id = r.document_id
            LEFT JOIN events e ON e.document_id = r.document_id AND e.event_id = r.event_id
            WHERE r.happening_id = ?
            ORDER BY d.published NULLS LAST, d.lang, r.document_id
        """, [happening_id])
        out = []
        for rep in reports:
            doc = self._record(rep["document_id"])
            rep["evidence"] = _evidence_passage(doc, rep.pop("evidence_start"), rep.pop("evidence_end"))
            rep["document"] = doc_key(rep.pop("document_id"))
            out.append(rep)
        pair = (f"{min(event['source'], event['target'])}-{max(event['source'], event['target'])}"
                if event["source"] and event["target"] and event["source"] != event["target"] else None)
        return {"page": "event", "event": event, "pair": pair, "reports": out}

    def _load_record(self, document_id: str) -> Document:
        rows = self._rows("SELECT record FROM documents WHERE id = ?", [document_id])
        if not rows:
            raise NotFound(f"no document with id {document_id!r}")
        return Document.from_dict(json.loads(rows[0]["record"]))

    # ---------------------------------------------------------------- document

    def _document(self, key: str) -> dict[str, Any]:
        if not re.fullmatch(r"(sha256:)?[0-9a-f]{8,64}", key):
            raise NotFound(f"{key!r} is not a document id")
        rows = self._rows("""
            SELECT id, path, url, title, published, site, source_key, lang, lang_confidence, ingested_at
            FROM documents WHERE id = ? OR id = ?
        """, [key, f"sha256:{doc_key(key)}"])
        if not rows:
            raise NotFound(f"no document with id {key!r}")
        meta = rows[0]
        doc = self._record(meta["id"])
        links = {r["event_id"]: r["happening_id"] for r in self._rows(
            "SELECT event_id, happening_id FROM happening_reports WHERE document_id = ?", [meta["id"]])}
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
            href = f"/event/{quote(hid, safe='')}" if hid else None
            label = f"{ev.type} {ev.source.code} → {ev.target.code}" + (f" {ev.date}" if ev.date else "")
            if ev.evidence:
                marks.append(Mark(ev.evidence.start, ev.evidence.end, "event", label, href))
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

    def _search(self, query: str) -> dict[str, Any]:
        q = " ".join(query.split())[:200]
        result: dict[str, Any] = {"page": "search", "q": q, "people": [], "places": [],
                                  "pairs": [], "documents": []}
        if len(q) < 2:
            return result
        result["people"] = self._rows("""
            SELECT name, country, mode(role) AS role, count(DISTINCT document_id) AS documents
            FROM entities WHERE kind = 'person' AND contains(lower(name), lower(?))
            GROUP BY name, country ORDER BY documents DESC, name LIMIT ?
        """, [q, SEARCH_LIMIT])
        result["places"] = self._rows("""
            SELECT name, country, count(DISTINCT document_id) AS documents
            FROM entities WHERE kind = 'place' AND contains(lower(name), lower(?))
            GROUP BY name, country ORDER BY documents DESC, name LIMIT ?
        """, [q, SEARCH_LIMIT])
        result["pairs"] = self._search_pairs(q)
        hits = self._rows("""
            SELECT id, title, lang, published, text FROM documents
            WHERE contains(lower(text), lower(?)) OR contains(lower(coalesce(title, '')), lower(?))
            ORDER BY published DESC NULLS LAST, id LIMIT ?
        """, [q, q, SEARCH_LIMIT])
        needle = fold(q)
        for h in hits:
            text = h.pop("text")
            # fold() keeps length, so the hit's offsets in the folded text are offsets in the text.
            at = fold(text).find(needle)
            lo, hi = (max(0, at - CONTEXT), min(len(text), at + len(q) + CONTEXT)) if at >= 0 \
                else (0, min(len(text), 2 * CONTEXT))
            marks = [Mark(at - lo, at - lo + len(q), "match")] if at >= 0 else []
            h["segments"] = [s.to_dict() for s in segments(text[lo:hi], marks)]
            h["prefix"], h["suffix"] = lo > 0, hi < len(text)
            h["document"] = doc_key(h.pop("id"))
        result["documents"] = hits
        return result

    def _search_pairs(self, q: str) -> list[dict[str, Any]]:
        m = PAIR.match(q)
        if m:
            codes = [m.group(1).upper(), m.group(2).upper()]
            where, params = "least(source, target) = ? AND greatest(source, target) = ?", [min(codes), max(codes)]
        else:
            # A country by code or by any name it is written with in the store.
            codes_rows = self._rows("""
                SELECT DISTINCT code FROM entities WHERE kind IN ('country', 'org') AND code IS NOT NULL
                AND (upper(code) = upper(?) OR contains(lower(name), lower(?)))
                UNION SELECT DISTINCT e.code FROM entities e JOIN mentions m
                  ON m.document_id = e.document_id AND m.entity_id = e.entity_id
                WHERE e.kind = 'country' AND e.code IS NOT NULL AND contains(lower(m.text), lower(?))
            """, [q, q, q])
            codes = [r["code"] for r in codes_rows]
            if not codes:
                return []
            where, params = "(list_contains(?, source) OR list_contains(?, target))", [codes, codes]
        rows = self._rows(f"""
            SELECT least(source, target) AS a, greatest(source, target) AS b, count(*) AS events
            FROM happenings WHERE {where} AND source <> target
            GROUP BY 1, 2 ORDER BY events DESC, a, b LIMIT ?
        """, [*params, SEARCH_LIMIT])
        for r in rows:
            r["pair"] = f"{r['a']}-{r['b']}"
        return rows


def _timeline(events: list[dict[str, Any]]) -> tuple[list[str], dict[str, list[int]]]:
    """Every month from the first event to the last, and the number of events of each type in each."""
    dated = sorted({e["month"] for e in events if e.get("month")})
    if not dated:
        return [], {}
    months = _month_range(dated[0], dated[-1])[-MAX_MONTHS:]
    index = {m: i for i, m in enumerate(months)}
    by_type: dict[str, list[int]] = {}
    for e in events:
        i = index.get(e.get("month") or "")
        if i is not None:
            by_type.setdefault(e["type"], [0] * len(months))[i] += 1
    return months, by_type


def _month_range(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    ly, lm = int(last[:4]), int(last[5:7])
    out = []
    while (y, m) <= (ly, lm):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


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
