"""`Store`: the one class that owns the DuckDB connection.

Writing goes through `write_batch`: one transaction holds a batch's documents,
all their rows, their inputs and rejects, and the recomputed cross-document
merges for every bucket the batch touched. A process killed at any moment
leaves either the whole batch or none of it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import LegationError
from . import merge, rows
from .queries import Queries
from .schema import MIGRATIONS, latest


MEMORY_LIMIT = "128MB"


@dataclass(frozen=True)
class Outcome:
    """What became of one input: a record to store, or a rejection with its reason.

    `key` identifies the input's content (so a re-run can skip it); `input` names it for people.
    """

    key: str
    input: str
    record: dict[str, Any] | None = None
    reason: str | None = None
    record_json: str | None = None      # `record` already serialised (by a worker), if at hand


@dataclass
class BatchResult:
    ingested: int = 0
    present: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)   # (input, reason)


class Store(Queries):
    """A legation database: documents, their facts, and what is merged across them.

    Args:
        path: a DuckDB file (created when missing), or ":memory:".
        read_only: open an existing database for reading only (several readers may share it).
        memory_limit: DuckDB's buffer limit (it spills to disk beyond it); None for DuckDB's own
            default of most of the machine's memory.

    Raises:
        LegationError: the file is missing (read-only), locked by another writer, not a
            DuckDB database, or was written by a newer legation.
    """

    def __init__(self, path: str | Path = ":memory:", *, read_only: bool = False,
                 memory_limit: str | None = MEMORY_LIMIT) -> None:
        import duckdb

        self.path = str(path)
        self.read_only = read_only
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise LegationError(f"{self.path}: no such database (run `legation ingest` first)")
        try:
            self._con = duckdb.connect(self.path, read_only=read_only and self.path != ":memory:")
        except duckdb.IOException as exc:
            raise LegationError(f"{self.path}: cannot open the database ({str(exc).splitlines()[0]})") from None
        except duckdb.Error as exc:
            raise LegationError(f"{self.path}: not a legation database ({str(exc).splitlines()[0]})") from None
        if memory_limit:
            # Without a limit DuckDB keeps every block it has touched cached, so an ingest's memory
            # would grow with the corpus; with one it stays flat (measured 10k..30k documents).
            # A SET, not a connect() option: other connections to the file in this process
            # (the web views) must be able to open it with the default configuration.
            self._con.execute("SET memory_limit = ?", [memory_limit])
        self._migrate()

    # --- lifecycle ---------------------------------------------------------------------------

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.path!r}, schema={self.schema_version()})"

    def schema_version(self) -> int:
        row = self._con.execute("SELECT max(version) FROM migrations").fetchone()
        return int(row[0] or 0) if row else 0

    def _migrate(self) -> None:
        con = self._con
        has_table = con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'migrations'").fetchone()
        if not (has_table and has_table[0]):
            if self.read_only:
                raise LegationError(f"{self.path}: not a legation database (no migrations table)")
            con.execute("CREATE TABLE IF NOT EXISTS migrations "
                        "(version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)")
        current = self.schema_version()
        if current > latest():
            raise LegationError(f"{self.path}: written by a newer legation (schema {current} > {latest()})")
        pending = [m for m in MIGRATIONS if m[0] > current]
        if pending and self.read_only:
            raise LegationError(f"{self.path}: schema {current} is older than {latest()}; "
                                "open it once for writing to upgrade")
        for version, name, sql in pending:
            con.execute("BEGIN TRANSACTION")
            try:
                con.execute(sql)
                con.execute("INSERT INTO migrations VALUES (?, ?, ?)", [version, name, _now()])
                con.execute("COMMIT")
            except Exception:
                con.execute("ROLLBACK")
                raise

    # --- writing -----------------------------------------------------------------------------

    def known_inputs(self, keys: Sequence[str]) -> dict[str, tuple[str, str | None]]:
        """For the keys already seen: key -> (outcome, reject reason or None)."""
        if not keys:
            return {}
        found = self._con.execute(
            "SELECT i.key, i.outcome, r.reason FROM inputs i "
            "LEFT JOIN (SELECT key, any_value(reason) AS reason FROM rejects GROUP BY key) r USING (key) "
            "WHERE i.key IN (SELECT unnest($1::VARCHAR[]))", [list(keys)]).fetchall()
        return {k: (outcome, reason) for k, outcome, reason in found}

    def add(self, record: dict[str, Any] | Any, *, input: str | None = None) -> BatchResult:
        """Store one record (a legation/1 dict or a `Document`) in its own transaction."""
        if hasattr(record, "to_dict"):
            record = record.to_dict()
        key = "record:" + record["id"]
        return self.write_batch([Outcome(key, input or (record.get("source") or {}).get("path") or key,
                                         record=record)])

    def write_batch(self, outcomes: Iterable[Outcome]) -> BatchResult:
        """Store a batch of outcomes in one transaction, and re-merge what they touch.

        A body already stored (or repeated within the batch) counts as present and adds nothing.
        """
        outcomes = list(outcomes)
        result = BatchResult()
        now = _now()
        con = self._con
        con.execute("BEGIN TRANSACTION")
        try:
            ids = [o.record["id"] for o in outcomes if o.record is not None]
            stored = {r[0] for r in con.execute(
                "SELECT id FROM documents WHERE id IN (SELECT unnest($1::VARCHAR[]))", [ids]).fetchall()} \
                if ids else set()
            seen_keys = set(self.known_inputs([o.key for o in outcomes]))
            batch = rows.RecordRows()
            for o in outcomes:
                if o.key in seen_keys:
                    result.present += 1
                    continue
                seen_keys.add(o.key)
                if o.record is None:
                    reason = o.reason or "rejected"
                    batch.add("rejects", (o.key, o.input, reason, now))
                    batch.add("inputs", (o.key, o.input, "rejected", None, now))
                    result.rejected.append((o.input, reason))
                    continue
                doc_id = o.record["id"]
                if doc_id in stored:
                    batch.add("inputs", (o.key, o.input, "duplicate", doc_id, now))
                    result.present += 1
                    continue
                stored.add(doc_id)
                rows.record_rows(o.record, now, batch, record_json=o.record_json)
                batch.add("inputs", (o.key, o.input, "ingested", doc_id, now))
                result.ingested += 1
            for table, table_rows in batch.tables.items():
                self._insert(table, table_rows)
            self._remerge_events(sorted(batch.event_buckets))
            self._recheck_figures(sorted(batch.figure_buckets))
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return result

    def _insert(self, table: str, table_rows: list[tuple[Any, ...]]) -> None:
        if not table_rows:
            return
        spec = rows.COLUMNS[table]
        # One statement per table and batch: unnest of one list per column is far faster in
        # DuckDB than executemany, and needs neither pandas nor pyarrow.
        select = ", ".join(f"unnest(${i + 1}::{typ}[])" for i, (_, typ) in enumerate(spec))
        names = ", ".join(name for name, _ in spec)
        self._con.execute(f"INSERT INTO {table} ({names}) SELECT {select}",
                          rows.columns_of(table_rows, len(spec)))

    def _remerge_events(self, buckets: list[str]) -> None:
        if not buckets:
            return
        con = self._con
        for table in ("happenings", "happening_reports"):
            con.execute(f"DELETE FROM {table} WHERE bucket IN (SELECT unnest($1::VARCHAR[]))", [buckets])
        found = con.execute("""
            SELECT e.bucket, e.document_id, e.event_id, e.type, e.source, e.target, e.mode, e.date_lo,
                   e.date_precision, e.location_name, e.location_country, e.round, e.intensity,
                   d.published, d.lang, d.source_key
            FROM events e JOIN documents d ON d.id = e.document_id
            WHERE e.bucket IN (SELECT unnest($1::VARCHAR[]))
            ORDER BY e.bucket""", [buckets]).fetchall()
        by_bucket: dict[str, list[merge.Report]] = {}
        for row in found:
            by_bucket.setdefault(row[0], []).append(merge.Report(*row[1:]))
        happenings: list[tuple[Any, ...]] = []
        links: list[tuple[Any, ...]] = []
        names = [name for name, _ in rows.COLUMNS["happenings"]]
        for bucket, reports in by_bucket.items():
            for merged, members in merge.merge_bucket(bucket, reports):
                happenings.append(tuple(merged[n] for n in names))
                links.extend((merged["id"], bucket, r.document_id, r.event_id) for r in members)
        self._insert("happenings", happenings)
        self._insert("happening_reports", links)

    def _recheck_figures(self, buckets: list[str]) -> None:
        if not buckets:
            return
        con = self._con
        con.execute("DELETE FROM figure_conflicts WHERE bucket IN (SELECT unnest($1::VARCHAR[]))", [buckets])
        found = con.execute("""
            SELECT bucket, document_id, figure_id, metric, reporter, partner, period, unit, value
            FROM figures WHERE bucket IN (SELECT unnest($1::VARCHAR[])) AND value IS NOT NULL
            ORDER BY bucket""", [buckets]).fetchall()
        by_bucket: dict[str, list[merge.StatedFigure]] = {}
        for row in found:
            by_bucket.setdefault(row[0], []).append(merge.StatedFigure(*row[1:]))
        names = [name for name, _ in rows.COLUMNS["figure_conflicts"]]
        conflicts = []
        for bucket, figures in by_bucket.items():
            flag = merge.figure_conflict(bucket, figures)
            if flag is not None:
                flag = {**flag, "documents": json.dumps(flag["documents"]),
                        "figures": json.dumps(flag["figures"])}
                conflicts.append(tuple(flag[n] for n in names))
        self._insert("figure_conflicts", conflicts)

    def export(self, fmt: str, out: str | Path) -> dict[str, str]:
        """Write events, mentions, figures and flags under folder `out` as parquet, csv or jsonl."""
        from .export import export_tables

        return export_tables(self._con, fmt, out)

    def remerge(self) -> None:
        """Recompute every cross-document merge from the stored reports (after a merge-rule change)."""
        con = self._con
        con.execute("BEGIN TRANSACTION")
        try:
            ev = [r[0] for r in con.execute("SELECT DISTINCT bucket FROM events ORDER BY 1").fetchall()]
            fig = [r[0] for r in con.execute("SELECT DISTINCT bucket FROM figures ORDER BY 1").fetchall()]
            con.execute("DELETE FROM happenings")
            con.execute("DELETE FROM happening_reports")
            con.execute("DELETE FROM figure_conflicts")
            self._remerge_events(ev)
            self._recheck_figures(fig)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
