"""`Store`: the one class that owns the DuckDB connection.

Writing goes through `write_batch`: one transaction holds a batch's documents,
all their rows, their inputs and rejects, and the list of cross-document
buckets the batch touched (`pending_merges`). `settle` then recomputes those
buckets, in transactions of their own. A process killed at any moment leaves
either the whole batch or none of it, and buckets it had no time to merge stay
listed until the next `settle`.

Why merging waits: a bucket's merge reads every report in it, so re-merging
after each batch costs more as the store grows. An ingest settles once, at its
end, so each bucket is merged once per run however many batches add to it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import LegationError, duckdb_reason
from ..outcome import Outcome
from . import access, merge, rows
from .access import claim_writer
from .queries import Queries
from .schema import MIGRATIONS, latest


# DuckDB's buffer limit: 64 MB ingests as fast as 128 MB did (289 vs 293 docs/s over 10,000
# documents) with a peak 50 MB lower.
MEMORY_LIMIT = "64MB"
SETTLE_PAGE = 4096        # pending buckets looked at per query
SETTLE_ROWS = 8192        # stored reports (events or figures) merged per transaction, about
VACUUM_TASKS = 0          # row-group merges per checkpoint while writing (DuckDB's default: 100)


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
        wait: seconds to wait while another process holds the file (see `access`).

    Raises:
        LegationError: the file is missing (read-only), locked by another writer, not a
            DuckDB database, or was written by a newer legation.
    """

    def __init__(self, path: str | Path = ":memory:", *, read_only: bool = False,
                 memory_limit: str | None = MEMORY_LIMIT, wait: float | None = None) -> None:
        self.path = str(path)
        self.read_only = read_only
        self.memory_limit = memory_limit
        self.wait = wait if wait is not None else access.READ_WAIT if read_only else access.WRITE_WAIT
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise LegationError(f"{self.path}: no such database (run `legation ingest` first)")
        # A writer of a file claims it for as long as it is open, released or not (see `access`).
        self._claim = claim_writer(self.path) if not read_only and self.path != ":memory:" else None
        self._con: Any = None
        try:
            self._con = self._connect()
            self._check_length()
            self._migrate()
        except BaseException:
            self.close()
            raise

    # --- lifecycle ---------------------------------------------------------------------------

    def _connect(self) -> Any:
        if self.path == ":memory:":
            import duckdb

            con = duckdb.connect(self.path)
        else:
            con = access.connect(self.path, read_only=self.read_only, wait=self.wait)
        if self.memory_limit:
            # Without a limit DuckDB keeps every block it has touched cached, so an ingest's memory
            # would grow with the corpus; with one, DuckDB's own share stays near the limit
            # (37-39 MB at the end of 10k and 40k-document ingests with 64 MB).
            # A SET, not a connect() option: other connections to the file in this process
            # must be able to open it with the default configuration.
            con.execute("SET memory_limit = ?", [self.memory_limit])
        if not self.read_only:
            # The writer's statements are small; with one thread DuckDB's checkpoints, which
            # run inside commits, allocate less outside the buffer limit (measured over 40,000
            # documents: peak 472 MB against 499 MB with two threads, at the same speed).
            con.execute("SET threads = 1")
            # DuckDB's checkpoints (every ~16 MB of log) also "vacuum": they merge each table's
            # small row groups into larger ones, rewriting (and holding) ever more of the
            # documents' text as the store grows. Over 40,000 documents that made stalls of up
            # to 6 s and the run's memory peaks (464 MB); without it, no stall over 0.4 s and a
            # 442 MB peak. Row groups stay as each checkpoint wrote them (a row group whose rows
            # are all deleted is still dropped) until `compact` merges them.
            # (Checkpoints stay at DuckDB's 16 MB of log. With 64 MB the rows waiting for a
            # checkpoint filled most of the 64 MB buffer, and an ingest failed at ~250,000
            # documents: a commit could not pin a block.)
            con.execute(f"SET max_vacuum_tasks = {VACUUM_TASKS}")
        return con

    def _check_length(self) -> None:
        """Refuse a file shorter than the blocks its header says it holds (a truncated copy).

        DuckDB opens such a file and fails later, in the middle of a query.
        """
        if self.path == ":memory:":
            return
        # Used blocks, not total: a checkpoint cuts free blocks off the end of the file, and
        # total_blocks still counts them (a store whose last rows were deleted looked truncated).
        row = self._con.execute("SELECT block_size, used_blocks FROM pragma_database_size()").fetchone()
        size = Path(self.path).stat().st_size
        if row and size < row[0] * row[1]:
            raise LegationError(f"{self.path}: the file is truncated ({size:,} bytes where its "
                                f"database takes {row[0] * row[1]:,}); restore it from a copy")

    @contextmanager
    def sharing(self) -> Iterator[Store]:
        """Release the database file for the block, so that other processes can read it between
        the writer's batches: `hold` opens it for each batch. It is open again after the block.

        A writer keeps its claim on the store meanwhile (no other writer starts). Each
        connection DuckDB opens afresh also starts small: one that keeps writing grows with
        the store, outside its buffer limit.
        """
        self._release()
        try:
            yield self
        finally:
            if self._con is None:
                self._con = self._connect()

    def _release(self) -> None:
        if self._con is not None and self.path != ":memory:":
            self._con.close()
            self._con = None

    @contextmanager
    def hold(self) -> Iterator[Store]:
        """Have the database file open for the block: inside `sharing`, it is opened (waiting
        while a reader has it) and released again at the end. A no-op for a store left open."""
        if self._con is not None:
            yield self
            return
        if self._claim is not None:
            access.ask_for_turn(self._claim)
        self._con = self._connect()
        try:
            yield self
        finally:
            self._release()

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None
        if self._claim is not None:
            os.close(self._claim)
            self._claim = None

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
        # Every migration not yet recorded, in order: one numbered below the store's newest can
        # still be missing (branches that shipped their migrations in another order).
        applied = {row[0] for row in con.execute("SELECT version FROM migrations").fetchall()}
        pending = [m for m in MIGRATIONS if m[0] not in applied]
        if pending and self.read_only:
            raise LegationError(f"{self.path}: schema {current} is older than {latest()}; "
                                "open it once for writing to upgrade")
        for version, name, sql in pending:
            with self._transaction():
                con.execute(sql)
                con.execute("INSERT INTO migrations VALUES (?, ?, ?)", [version, name, _now()])

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One transaction: committed when the block ends, rolled back if anything escapes it.

        Raises:
            LegationError: the database could not be written (disk full, file locked by
                another process, DuckDB out of its buffer); nothing of the transaction is
                stored.
        """
        import duckdb

        self._con.execute("BEGIN TRANSACTION")
        try:
            yield
            self._con.execute("COMMIT")
        except BaseException as exc:
            try:
                self._con.execute("ROLLBACK")
            except duckdb.Error:
                # A COMMIT that failed has already ended the transaction; after a fatal
                # error DuckDB refuses every statement. Either way `exc` is what went wrong.
                pass
            if isinstance(exc, (duckdb.IOException, duckdb.TransactionException,
                                duckdb.OutOfMemoryException, duckdb.FatalException)):
                raise LegationError(f"{self.path}: cannot write the database "
                                    f"({duckdb_reason(exc)})") from exc
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

    def write_batch(self, outcomes: Iterable[Outcome], *, settle: bool = True,
                    also: Callable[[BatchResult], None] | None = None) -> BatchResult:
        """Store a batch of outcomes in one transaction, then merge the buckets they touch.

        A body already stored (or repeated within the batch) counts as present and adds nothing.
        With `settle=False` the touched buckets are only listed as pending, for one `settle()`
        after many batches (what an ingest does). `also`, if given, is called inside the
        transaction after the batch's rows are written, to write what goes with them
        (a watch's state of the items and sources the batch came from).
        """
        outcomes = list(outcomes)
        result = BatchResult()
        now = _now()
        con = self._con
        with self._transaction():
            ids = [o.id for o in outcomes if o.id is not None]
            stored = {r[0] for r in con.execute(
                "SELECT id FROM documents WHERE id IN (SELECT unnest($1::VARCHAR[]))", [ids]).fetchall()} \
                if ids else set()
            seen_keys = set(self.known_inputs([o.key for o in outcomes]))
            batch = rows.RecordRows()

            def reject(o: Outcome, reason: str) -> None:
                batch.add("rejects", (o.key, o.input, reason, now))
                batch.add("inputs", (o.key, o.input, "rejected", None, now))
                result.rejected.append((o.input, reason))

            for o in outcomes:
                if o.key in seen_keys:
                    result.present += 1
                    continue
                seen_keys.add(o.key)
                doc_id = o.id
                if doc_id is None:
                    reject(o, o.reason or "rejected")
                    continue
                if doc_id in stored:
                    batch.add("inputs", (o.key, o.input, "duplicate", doc_id, now))
                    result.present += 1
                    continue
                made = o.rows
                if made is None:
                    assert o.record is not None       # an outcome without an error has rows or a record
                    made = rows.RecordRows()
                    rows.record_rows(o.record, now, made, record_json=o.record_json)
                bad = rows.not_finite(made)
                if bad is not None:       # it could not be merged: the store refuses it
                    reject(o, f"{bad} holds a number that is not finite")
                    continue
                stored.add(doc_id)
                batch.absorb(made, now)
                batch.add("inputs", (o.key, o.input, "ingested", doc_id, now))
                result.ingested += 1
            for table, table_rows in batch.tables.items():
                self._insert(table, table_rows)
            self._insert("pending_merges", [("event", b) for b in sorted(batch.event_buckets)]
                         + [("figure", b) for b in sorted(batch.figure_buckets)])
            if also is not None:
                also(result)
        if settle:
            self.settle()
        return result

    def pending_merges(self) -> int:
        """How many buckets wait to be merged (after `write_batch(settle=False)` or a killed ingest)."""
        row = self._con.execute("SELECT count(DISTINCT (kind, bucket)) FROM pending_merges").fetchone()
        return int(row[0]) if row else 0

    def settle(self, rows_per_chunk: int = SETTLE_ROWS) -> int:
        """Merge every pending bucket: events into happenings, figures into conflicts.

        Buckets are taken a page at a time, in order, and merged in transactions of
        about `rows_per_chunk` stored reports, so memory stays bounded however large
        the store and its buckets grow (a trade-figure bucket of a busy pair can hold
        thousands of figures). The list of pending buckets is emptied once, when all
        are merged, by recreating it (see `_empty`): deleting from it chunk by chunk,
        or all at once, ran DuckDB out of its buffer after a 300,000-document ingest.
        Killed half-way, the merges done stay done, the list stays whole, and the next
        `settle` merges every bucket on it again (a merge gives the same result however
        often it runs). Returns how many buckets were merged.
        """
        done = 0
        last = ("", "")
        while True:
            # A released store (a writer sharing the file) is held one page at a time.
            with self.hold():
                merged = self._settle_page(last, rows_per_chunk)
            if merged is None:
                break
            done += merged[0]
            last = merged[1]
        if done:
            with self.hold(), self._transaction():
                self._empty("pending_merges")
        return done

    def _settle_page(self, after: tuple[str, str], rows_per_chunk: int) -> tuple[int, tuple[str, str]] | None:
        """Merge the next page of pending buckets after `after`: (how many, the last), or None."""
        con = self._con
        page = con.execute("SELECT DISTINCT kind, bucket FROM pending_merges "
                           "WHERE kind > $1 OR (kind = $1 AND bucket > $2) "
                           "ORDER BY kind, bucket LIMIT $3", [*after, SETTLE_PAGE]).fetchall()
        if not page:
            return None
        sizes: dict[tuple[str, str], int] = {}
        for kind, table in (("event", "events"), ("figure", "figures")):
            buckets = [b for k, b in page if k == kind]
            if buckets:
                sizes.update(((kind, b), n) for b, n in con.execute(
                    f"SELECT bucket, count(*) FROM {table} WHERE bucket IN "
                    "(SELECT unnest($1::VARCHAR[])) GROUP BY bucket", [buckets]).fetchall())
        chunk: list[tuple[str, str]] = []
        rows_in_chunk = 0
        for key in page:
            chunk.append(key)
            rows_in_chunk += sizes.get(key, 0)
            if rows_in_chunk >= rows_per_chunk:
                self._settle_chunk(chunk)
                chunk, rows_in_chunk = [], 0
        self._settle_chunk(chunk)
        return len(page), page[-1]

    def _settle_chunk(self, chunk: list[tuple[str, str]]) -> None:
        if not chunk:
            return
        events = [b for kind, b in chunk if kind == "event"]
        figures = [b for kind, b in chunk if kind == "figure"]
        with self._transaction():
            self._remerge_events(events)
            self._recheck_figures(figures)

    def _empty(self, table: str) -> None:
        """Remove every row of `table`, inside the caller's transaction.

        The table is dropped and created again from its own definition. A DELETE of every
        row holds the table's blocks until its commit has been checkpointed: after a
        300,000-document ingest, emptying `pending_merges` (1.5 million rows) that way took
        33 MB of the 64 MB buffer, and the checkpoint of the commit could not pin a block.
        Only what the table's CREATE statement says comes back: a CREATE INDEX on it would
        be lost (the store has none; see schema migration 3).
        """
        con = self._con
        row = con.execute("SELECT sql FROM duckdb_tables() WHERE database_name = current_database() "
                          "AND schema_name = 'main' AND table_name = ?", [table]).fetchone()
        con.execute(f"DROP TABLE {table}")
        con.execute(row[0])

    def _insert(self, table: str, table_rows: list[tuple[Any, ...]]) -> None:
        if not table_rows:
            return
        import pyarrow as pa

        spec = rows.COLUMNS[table]
        # One statement per table and batch, from an Arrow table built column by column:
        # measured 2.4x faster than unnest() of Python lists, and far faster than executemany.
        types = {"VARCHAR": pa.string(), "DATE": pa.date32(), "DOUBLE": pa.float64(),
                 "INTEGER": pa.int32(), "BIGINT": pa.int64(), "TIMESTAMP": pa.timestamp("us"),
                 "BOOLEAN": pa.bool_()}
        data = pa.table({name: pa.array(col, type=types[typ])
                         for (name, typ), col in zip(spec, rows.columns_of(table_rows, len(spec)))})
        names = ", ".join(name for name, _ in spec)
        self._con.register("_legation_rows", data)
        try:
            self._con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _legation_rows")
        finally:
            self._con.unregister("_legation_rows")

    def _remerge_events(self, buckets: list[str]) -> None:
        if not buckets:
            return
        con = self._con
        for table in ("happenings", "happening_reports"):
            con.execute(f"DELETE FROM {table} WHERE bucket IN (SELECT unnest($1::VARCHAR[]))", [buckets])
        found = con.execute("""
            SELECT bucket, document_id, event_id, type, source, target, mode, date_lo,
                   date_precision, location_name, location_country, round, intensity,
                   source_sector, target_sector, coalesce(domestic, FALSE)
            FROM events WHERE bucket IN (SELECT unnest($1::VARCHAR[]))
            ORDER BY bucket""", [buckets]).fetchall()
        # The documents' side in a query of its own, keyed by the chunk's few ids: joined in
        # one query, DuckDB may build a hash table over the whole documents table.
        doc_ids = sorted({row[1] for row in found})
        about = {r[0]: r[1:] for r in con.execute(
            "SELECT id, published, lang, source_key FROM documents "
            "WHERE id IN (SELECT unnest($1::VARCHAR[]))", [doc_ids]).fetchall()} if doc_ids else {}
        by_bucket: dict[str, list[merge.Report]] = {}
        for row in found:
            if row[1] in about:
                by_bucket.setdefault(row[0], []).append(merge.Report(*row[1:13], *about[row[1]], *row[13:]))
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
            FROM figures WHERE bucket IN (SELECT unnest($1::VARCHAR[])) AND isfinite(value)
            ORDER BY bucket""", [buckets]).fetchall()
        # (isfinite: a value an older legation stored as infinite is no figure to compare;
        # `repair` removes its document.)
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

    def compact(self) -> None:
        """Rewrite every table into full row groups, leaving out deleted rows.

        While writing, checkpoints do not merge row groups (see `VACUUM_TASKS`): each
        leaves the rows it wrote as row groups of their own, and merges that replace a
        bucket's rows leave the old ones marked deleted. Queries give the same answers
        either way; compacting makes them read less. It takes about 40 s and 125 MB per
        100,000 documents the first time, and is worth running after large or many ingests.
        Space it frees inside the file is reused by later writes.
        """
        con = self._con
        self.settle()
        # A checkpoint with nothing to write does nothing, so it is given one small change,
        # harmless if a kill cuts it short: a pending merge of an empty bucket, then its removal.
        con.execute("INSERT INTO pending_merges VALUES ('event', '')")
        con.execute("DELETE FROM pending_merges WHERE kind = 'event' AND bucket = ''")
        con.execute("SET max_vacuum_tasks = 100")
        try:
            con.execute("CHECKPOINT")
        finally:
            con.execute(f"SET max_vacuum_tasks = {VACUUM_TASKS}")

    def row_groups(self) -> int:
        """How many row groups the tables are stored in (what `compact` brings down)."""
        con = self._con
        tables = [r[0] for r in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()").fetchall()]
        return sum(int(con.execute("SELECT count(DISTINCT row_group_id) FROM pragma_storage_info(?)",
                                   [t]).fetchone()[0]) for t in tables)

    def repair(self) -> list[tuple[str, list[str], str]]:
        """Remove every document whose rows cannot be merged, and make its inputs rejects.

        Such rows hold a number that is not finite: an older legation read a run of 309
        digits or more as infinity and stored it, and every merge that met it failed. The
        document's rows go, the merges its reports were part of are made again without
        them, and each input it came from is listed in `rejects` with the reason, so a
        later ingest of the same input skips it. Returns, per document removed, its id,
        its inputs and the reason.
        """
        con = self._con
        found: dict[str, str] = {}
        for table, key, column in (("figures", "document_id", "value"), ("events", "document_id", "intensity"),
                                   ("events", "document_id", "confidence"),
                                   ("documents", "id", "lang_confidence")):
            for (doc_id,) in con.execute(
                    f"SELECT DISTINCT {key} FROM {table} WHERE NOT isfinite({column})").fetchall():
                found.setdefault(doc_id, f"{table}.{column}")
        for doc_id, record in con.execute("SELECT id, record FROM documents "
                                          "WHERE record LIKE '%Infinity%' OR record LIKE '%NaN%'").fetchall():
            if rows.json_not_finite(record):
                found.setdefault(doc_id, "documents.record")
        if not found:
            return []
        ids = sorted(found)
        now = _now()
        removed = []
        with self._transaction():
            inputs = con.execute("SELECT document_id, key, input FROM inputs "
                                 "WHERE document_id IN (SELECT unnest($1::VARCHAR[])) ORDER BY input",
                                 [ids]).fetchall()
            for kind, table in (("event", "events"), ("figure", "figures")):
                con.execute(f"INSERT INTO pending_merges SELECT DISTINCT '{kind}', bucket FROM {table} "
                            "WHERE document_id IN (SELECT unnest($1::VARCHAR[]))", [ids])
            for table in ("entities", "mentions", "events", "event_mentions", "figures", "flags"):
                con.execute(f"DELETE FROM {table} WHERE document_id IN (SELECT unnest($1::VARCHAR[]))", [ids])
            con.execute("DELETE FROM documents WHERE id IN (SELECT unnest($1::VARCHAR[]))", [ids])
            reason = {doc_id: f"{found[doc_id]} holds a number that is not finite (removed by repair)"
                      for doc_id in ids}
            self._insert("rejects", [(key, input_, reason[doc_id], now) for doc_id, key, input_ in inputs])
            con.execute("UPDATE inputs SET outcome = 'rejected', document_id = NULL "
                        "WHERE document_id IN (SELECT unnest($1::VARCHAR[]))", [ids])
            for doc_id in ids:
                removed.append((doc_id, [i for d, _, i in inputs if d == doc_id], reason[doc_id]))
        self.settle()
        return removed

    def remerge(self) -> None:
        """Recompute every cross-document merge from the stored reports (after a merge-rule change).

        Every bucket is marked pending (with the old merges dropped) in one transaction,
        then merged by `settle`, so memory stays bounded and a kill leaves them pending.
        """
        con = self._con
        with self._transaction():
            for table in ("happenings", "happening_reports", "figure_conflicts", "pending_merges"):
                self._empty(table)
            con.execute("INSERT INTO pending_merges SELECT DISTINCT 'event', bucket FROM events")
            con.execute("INSERT INTO pending_merges SELECT DISTINCT 'figure', bucket FROM figures")
        self.settle()


def open_settled(path: str | Path) -> tuple[Store, str | None]:
    """Open the store at `path` read-only, after merging what a killed ingest left pending.

    Returns:
        The store, and None, or a line saying that some reports are not merged yet
        (a writer is running: its own merge will do them).

    Raises:
        LegationError: no store at `path`, or not one legation can read.
    """
    store = Store(path, read_only=True)
    if not store.pending_merges():
        return store, None
    if access.writer_active(str(path)):
        return store, "some reports are not merged yet (an ingest is writing; it merges them when it ends)"
    store.close()
    problem = None
    try:
        with Store(path) as writer:
            writer.settle()
    except LegationError as exc:
        problem = f"some reports are not merged yet ({exc})"
    return Store(path, read_only=True), problem


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
