"""A legation/1 record as rows of the store's tables (plain tuples, column order below)."""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterable
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

from ..outcome import Outcome
from .merge import date_span, event_bucket, figure_bucket, party

# table -> [(column, DuckDB type)], in the order the row tuples below are built.
COLUMNS: dict[str, list[tuple[str, str]]] = {
    "documents": [
        ("id", "VARCHAR"), ("path", "VARCHAR"), ("url", "VARCHAR"), ("title", "VARCHAR"),
        ("published", "DATE"), ("site", "VARCHAR"), ("source_key", "VARCHAR"), ("lang", "VARCHAR"),
        ("lang_confidence", "DOUBLE"), ("text", "VARCHAR"), ("record", "VARCHAR"),
        ("n_events", "INTEGER"), ("n_figures", "INTEGER"), ("n_flags", "INTEGER"),
        ("ingested_at", "TIMESTAMP"),
    ],
    "inputs": [("key", "VARCHAR"), ("input", "VARCHAR"), ("outcome", "VARCHAR"),
               ("document_id", "VARCHAR"), ("seen_at", "TIMESTAMP")],
    "entities": [
        ("document_id", "VARCHAR"), ("entity_id", "VARCHAR"), ("kind", "VARCHAR"), ("code", "VARCHAR"),
        ("name", "VARCHAR"), ("role", "VARCHAR"), ("country", "VARCHAR"), ("geonameid", "BIGINT"),
        ("n_mentions", "INTEGER"),
    ],
    "mentions": [("document_id", "VARCHAR"), ("entity_id", "VARCHAR"), ("start_char", "INTEGER"),
                 ("end_char", "INTEGER"), ("text", "VARCHAR")],
    "events": [
        ("document_id", "VARCHAR"), ("event_id", "VARCHAR"), ("type", "VARCHAR"), ("mode", "VARCHAR"),
        ("source", "VARCHAR"), ("target", "VARCHAR"), ("source_entity", "VARCHAR"),
        ("target_entity", "VARCHAR"), ("date", "VARCHAR"), ("date_precision", "VARCHAR"),
        ("date_lo", "DATE"), ("date_hi", "DATE"), ("location_name", "VARCHAR"),
        ("location_country", "VARCHAR"), ("round", "INTEGER"), ("topics", "VARCHAR"),
        ("cameo", "VARCHAR"), ("intensity", "DOUBLE"), ("confidence", "DOUBLE"),
        ("evidence_start", "INTEGER"), ("evidence_end", "INTEGER"), ("evidence_sentence", "INTEGER"),
        ("bucket", "VARCHAR"), ("source_sector", "VARCHAR"), ("target_sector", "VARCHAR"), ("domestic", "BOOLEAN"),
    ],
    "event_mentions": [("document_id", "VARCHAR"), ("event_id", "VARCHAR"), ("start_char", "INTEGER"),
                       ("end_char", "INTEGER"), ("sentence", "INTEGER")],
    "figures": [
        ("document_id", "VARCHAR"), ("figure_id", "VARCHAR"), ("metric", "VARCHAR"),
        ("reporter", "VARCHAR"), ("partner", "VARCHAR"), ("period", "VARCHAR"), ("value", "DOUBLE"),
        ("unit", "VARCHAR"), ("compared_to", "VARCHAR"), ("as_written", "VARCHAR"),
        ("evidence_start", "INTEGER"), ("evidence_end", "INTEGER"), ("evidence_sentence", "INTEGER"),
        ("bucket", "VARCHAR"), ("of_metric", "VARCHAR"),
    ],
    "flags": [("document_id", "VARCHAR"), ("n", "INTEGER"), ("kind", "VARCHAR"), ("severity", "VARCHAR"),
              ("message", "VARCHAR"), ("figures", "VARCHAR"), ("evidence", "VARCHAR"),
              ("proposal", "VARCHAR")],
    "happenings": [
        ("id", "VARCHAR"), ("bucket", "VARCHAR"), ("type", "VARCHAR"), ("mode", "VARCHAR"),
        ("source", "VARCHAR"), ("target", "VARCHAR"), ("is_symmetric", "BOOLEAN"), ("date", "VARCHAR"),
        ("date_precision", "VARCHAR"), ("date_lo", "DATE"), ("date_hi", "DATE"), ("month", "VARCHAR"),
        ("location_name", "VARCHAR"),
        ("location_country", "VARCHAR"), ("round", "INTEGER"), ("intensity", "DOUBLE"),
        ("n_mentions", "INTEGER"), ("n_documents", "INTEGER"), ("n_sources", "INTEGER"),
        ("n_languages", "INTEGER"), ("languages", "VARCHAR"), ("first_report", "DATE"),
        ("last_report", "DATE"), ("source_sector", "VARCHAR"), ("target_sector", "VARCHAR"),
        ("domestic", "BOOLEAN"),
    ],
    "happening_reports": [("happening_id", "VARCHAR"), ("bucket", "VARCHAR"),
                          ("document_id", "VARCHAR"), ("event_id", "VARCHAR")],
    "figure_conflicts": [
        ("id", "VARCHAR"), ("bucket", "VARCHAR"), ("kind", "VARCHAR"), ("severity", "VARCHAR"),
        ("message", "VARCHAR"), ("metric", "VARCHAR"), ("reporter", "VARCHAR"), ("partner", "VARCHAR"),
        ("period", "VARCHAR"), ("unit", "VARCHAR"), ("documents", "VARCHAR"), ("figures", "VARCHAR"),
    ],
    "rejects": [("key", "VARCHAR"), ("input", "VARCHAR"), ("reason", "VARCHAR"), ("rejected_at", "TIMESTAMP")],
    "pending_merges": [("kind", "VARCHAR"), ("bucket", "VARCHAR")],
}


# Where each table's DOUBLE columns are in its rows (what `not_finite` looks at).
_DOUBLES = {table: [(i, name) for i, (name, typ) in enumerate(cols) if typ == "DOUBLE"]
            for table, cols in COLUMNS.items()}
_RECORD = [name for name, _ in COLUMNS["documents"]].index("record")


def _constant(name: str) -> float:
    raise ValueError(name)


def json_not_finite(text: str) -> bool:
    """Whether JSON text holds a number that is not finite (`json.dumps` writes Infinity, NaN)."""
    if "Infinity" not in text and "NaN" not in text:
        return False
    try:
        json.loads(text, parse_constant=_constant)
    except ValueError:
        return True
    return False


def not_finite(made: RecordRows) -> str | None:
    """Where the rows of one record hold a number that is not finite ("figures.value"), or None.

    Such a number cannot be merged, compared or written as JSON, so the store refuses the
    record. Its JSON text is looked at too.
    """
    for table, table_rows in made.tables.items():
        for row in table_rows:
            for i, name in _DOUBLES[table]:
                value = row[i]
                if isinstance(value, float) and not math.isfinite(value):
                    return f"{table}.{name}"
    if any(json_not_finite(row[_RECORD]) for row in made.tables.get("documents", [])):
        return "documents.record"
    return None


def as_date(value: Any) -> dt.date | None:
    """An ISO date (or the date part of a timestamp) as a `date`; anything else as None."""
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def source_key(record: dict[str, Any]) -> str:
    """Who published a document: its site, else its URL's host, else the document itself."""
    src = record.get("source") or {}
    if src.get("site"):
        return "site:" + str(src["site"]).casefold()
    if src.get("url"):
        host = urlsplit(str(src["url"])).hostname
        if host:
            return "host:" + host.removeprefix("www.")
    return "doc:" + record["id"]


def _ev(e: dict[str, Any] | None) -> tuple[Any, Any, Any]:
    if not e:
        return None, None, None
    return e.get("start"), e.get("end"), e.get("sentence")


def _code(actor: Any) -> tuple[str | None, str | None]:
    if isinstance(actor, dict):
        return actor.get("code"), actor.get("entity")
    return (actor if isinstance(actor, str) else None), None


class RecordRows:
    """The rows of one record, and the merge buckets it adds to."""

    __slots__ = ("tables", "event_buckets", "figure_buckets")

    def __init__(self) -> None:
        self.tables: dict[str, list[tuple[Any, ...]]] = {}
        self.event_buckets: set[str] = set()
        self.figure_buckets: set[str] = set()

    def add(self, table: str, row: tuple[Any, ...]) -> None:
        self.tables.setdefault(table, []).append(row)

    def absorb(self, other: RecordRows, now: dt.datetime) -> None:
        """Add the rows of `other` (made without a time: `now=None`), stamping its documents with `now`."""
        for table, table_rows in other.tables.items():
            if table == "documents":        # ingested_at is the last column
                table_rows = [row[:-1] + (now,) for row in table_rows]
            self.tables.setdefault(table, []).extend(table_rows)
        self.event_buckets |= other.event_buckets
        self.figure_buckets |= other.figure_buckets


def record_rows(record: dict[str, Any], now: dt.datetime | None, into: RecordRows, *,
                record_json: str | None = None) -> None:
    """Append the rows of `record` (a legation/1 record with a valid id) to `into`.

    `record_json` is the record already serialised, to skip doing it again here. A worker
    passes `now=None` and the writer stamps the time (`RecordRows.absorb`).
    """
    doc_id = record["id"]
    src = record.get("source") or {}
    lang = record.get("lang") or {}
    events = record.get("events") or []
    figures = record.get("figures") or []
    flags = record.get("flags") or []
    into.add("documents", (
        doc_id, src.get("path"), src.get("url"), src.get("title"), as_date(src.get("published")),
        src.get("site"), source_key(record), lang.get("code"), lang.get("confidence"),
        record.get("text") or "", record_json or json.dumps(record, ensure_ascii=False),
        len(events), len(figures), len(flags), now,
    ))
    for ent in record.get("entities") or []:
        ment = ent.get("mentions") or []
        into.add("entities", (doc_id, ent.get("id"), ent.get("kind"), ent.get("code"), ent.get("name"),
                              ent.get("role"), ent.get("country"), ent.get("geonameid"), len(ment)))
        for m in ment:
            into.add("mentions", (doc_id, ent.get("id"), m.get("start"), m.get("end"), m.get("text")))
    for ev in events:
        type_ = ev.get("type") or ""
        source, source_entity = _code(ev.get("source"))
        target, target_entity = _code(ev.get("target"))
        source_sector = (ev.get("source") or {}).get("sector")
        target_sector = (ev.get("target") or {}).get("sector")
        domestic = bool(ev.get("domestic"))
        lo, hi, precision = date_span(ev.get("date"), ev.get("date_precision"))
        loc = ev.get("location") or {}
        # Domestic events of one country are told apart by their sides' sectors (army and rebels,
        # police and protesters); international ones merge by country whatever the sector.
        bucket = event_bucket(type_, party(source, source_sector) if domestic else source,
                              party(target, target_sector) if domestic else target, lo, precision, doc_id)
        into.event_buckets.add(bucket)
        into.add("events", (
            doc_id, ev.get("id"), type_, ev.get("mode"), source, target, source_entity, target_entity,
            ev.get("date"), precision, lo, hi, loc.get("name"), loc.get("country"), ev.get("round"),
            ",".join(ev.get("topics") or []), ev.get("cameo"), ev.get("intensity"), ev.get("confidence"),
            *_ev(ev.get("evidence")), bucket, source_sector, target_sector, domestic,
        ))
        for m in ev.get("mentions") or []:
            into.add("event_mentions", (doc_id, ev.get("id"), *_ev(m)))
    for fig in figures:
        # A change or target of exports is another quantity than one of turnover.
        quantity = ":".join(x for x in (fig.get("metric") or "", fig.get("of")) if x)
        bucket = figure_bucket(quantity, fig.get("reporter"), fig.get("partner"),
                               fig.get("period"), fig.get("unit"), fig.get("compared_to"))
        into.figure_buckets.add(bucket)
        into.add("figures", (
            doc_id, fig.get("id"), fig.get("metric"), fig.get("reporter"), fig.get("partner"),
            fig.get("period"), fig.get("value"), fig.get("unit"), fig.get("compared_to"),
            fig.get("as_written"), *_ev(fig.get("evidence")), bucket, fig.get("of"),
        ))
    for n, flag in enumerate(flags):
        proposal = flag.get("proposal")
        into.add("flags", (
            doc_id, n, flag.get("kind"), flag.get("severity"), flag.get("message"),
            json.dumps(flag.get("figures") or []), json.dumps(flag.get("evidence") or []),
            None if proposal is None else json.dumps(proposal, ensure_ascii=False),
        ))


def columns_of(rows: Iterable[tuple[Any, ...]], width: int) -> list[list[Any]]:
    """Rows to one list per column (what `unnest` inserts)."""
    cols: list[list[Any]] = [[] for _ in range(width)]
    for row in rows:
        for i, v in enumerate(row):
            cols[i].append(v)
    return cols


def as_rows(done: Outcome) -> Outcome:
    """An outcome with its record as the store's rows, made in the worker (`batch.Options.shape`).

    Tuples of plain values cost less to send than the nested record, and the one writing
    process, which limits how fast a pool can ingest, has less to do. The JSON text stays
    (the documents row holds the same string, so it is sent once).
    """
    if done.record is None:
        return done
    made = RecordRows()
    record_rows(done.record, None, made, record_json=done.record_json)
    return replace(done, record=None, rows=made, document_id=done.record["id"])
