"""Ingest: stream inputs through an executor into a `Store`, in crash-safe batches.

The per-document work (`process_input`) is a top-level function of plain data
in, plain data out, so any executor (in-process, a process pool, Dask) can run
it. The database is written only here, in this process, one transaction per
batch; a run killed at any moment loses at most the batch in flight, and
running it again skips every input already committed. Cross-document merges
wait until the end of the run (`Store.settle`); buckets a killed run left
pending are merged by the next run, or by the next command that reads the store.
The store file is held only while a batch is committed and released in between
(`Store.hold`), so that queries and `legation serve` keep answering during an ingest.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import islice
from typing import Any

from ..errors import InputError, LegationError
from ..settings import DEFAULT, Settings
from .core import Outcome, Store
from .rows import RecordRows, record_rows
from .inputs import iter_inputs

BATCH_SIZE = 256          # documents per transaction
BATCH_SECONDS = 2.0       # ...or commit at least this often when extraction is slow
_LOOKUP_CHUNK = 512       # inputs checked against the store per query
_EXAMPLES = 20            # rejected inputs kept by name in the summary


@cache
def _pipeline(settings: Settings) -> Any:
    from ..pipeline import Pipeline

    return Pipeline(settings=settings)


def process_input(item: dict[str, Any]) -> dict[str, Any]:
    """Extract one input item (see `inputs`) into `{key, input, record}` or `{key, input, reason}`.

    Never raises for a bad input: a batch must go on, so failures are values.
    """
    base = {"key": item["key"], "input": item["input"]}
    kind = item["kind"]
    if kind == "reject":
        return {**base, "reason": item["reason"]}
    try:
        if kind == "record":
            from ..document import Document

            # Through the Document so the id is recomputed from the text, never trusted.
            return _done(base, Document.from_dict(item["record"]).to_dict())
        from ..read import read_input

        settings = item.get("settings") or DEFAULT
        doc = read_input(item["data"], path=item.get("path"), url=item.get("url"),
                         published=item.get("published"), title=item.get("title"), settings=settings)
        if doc.source.published is None and item.get("published_default"):
            doc.source.published = item["published_default"]
        return _done(base, _pipeline(settings)(doc).to_dict())
    except InputError as exc:
        return {**base, "reason": exc.problem}
    except LegationError as exc:
        return {**base, "reason": str(exc)}
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        if kind == "record":
            return {**base, "reason": f"not a valid legation/1 record ({type(exc).__name__}: {exc})"}
        return {**base, "reason": f"extraction failed ({type(exc).__name__}: {exc})"}
    except Exception as exc:        # a bug in a stage must not stop a corpus of thousands
        return {**base, "reason": f"extraction failed ({type(exc).__name__}: {exc})"}


def _done(base: dict[str, Any], record: dict[str, Any]) -> dict[str, Any]:
    # Serialised here, in the worker, so parallel engines share the cost; the writer reuses it.
    return {**base, "record": record, "json": json.dumps(record, ensure_ascii=False)}


def _outcomes(executor: Any, items: Iterable[dict[str, Any]], parts: str | None) -> Iterator[Outcome]:
    if getattr(executor, "name", None) == "dask":
        # A cluster returns each chunk's rows in one pickled buffer (and its Parquet part).
        from .parts import through_parts

        yield from through_parts(executor, items, parts)
        return
    for done in executor.map(process_input_rows, items):
        yield outcome_of(done)


def outcome_of(done: dict[str, Any]) -> Outcome:
    """The `Outcome` the store writes, from a `rows_of` result."""
    return Outcome(done["key"], done["input"], reason=done.get("reason"), rows=done.get("rows"),
                   document_id=done.get("id"))


def process_input_rows(item: dict[str, Any]) -> dict[str, Any]:
    """`process_input`, then the record as the store's rows (`{key, input, id, rows}`).

    Made in the worker: tuples of plain values cost less to send than the nested record,
    and the one writing process, which limits how fast a pool can ingest, has less to do.
    """
    return rows_of(process_input(item))


def rows_of(done: dict[str, Any]) -> dict[str, Any]:
    """A `process_input` result with its record as the store's rows (`{key, input, id, rows}`)."""
    record = done.get("record")
    if record is None:
        return {k: v for k, v in done.items() if k in ("key", "input", "reason")}
    made = RecordRows()
    record_rows(record, None, made, record_json=done.get("json"))
    return {"key": done["key"], "input": done["input"], "id": record["id"], "rows": made}


@dataclass
class IngestSummary:
    """What an ingest did: counts, the reasons for rejects, and a few rejected inputs by name."""

    ingested: int = 0
    present: int = 0
    rejected: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    examples: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def seen(self) -> int:
        return self.ingested + self.present + self.rejected

    @property
    def docs_per_second(self) -> float:
        return self.seen / self.seconds if self.seconds > 0 else 0.0

    def reject(self, input_: str, reason: str) -> None:
        self.rejected += 1
        self.reasons[reason.split(" (")[0]] += 1
        if len(self.examples) < _EXAMPLES:
            self.examples.append((input_, reason))

    def to_dict(self) -> dict[str, Any]:
        return {"ingested": self.ingested, "already_present": self.present, "rejected": self.rejected,
                "reasons": dict(self.reasons.most_common()),
                "rejected_inputs": [{"input": i, "reason": r} for i, r in self.examples],
                "seconds": round(self.seconds, 3), "docs_per_second": round(self.docs_per_second, 1)}


def _fresh(store: Store, items: Iterable[dict[str, Any]], summary: IngestSummary) -> Iterator[dict[str, Any]]:
    """The items not already committed; the others are counted (and rejects re-reported)."""
    it = iter(items)
    while chunk := list(islice(it, _LOOKUP_CHUNK)):
        with store.hold():
            known = store.known_inputs([item["key"] for item in chunk])
        for item in chunk:
            seen = known.get(item["key"])
            if seen is None:
                yield item
            elif seen[0] == "rejected":
                summary.reject(item["input"], seen[1] or "rejected")
            else:
                summary.present += 1


def ingest(store: Store, paths: Iterable[str] | str, *, published: str | None = None,
           engine: str = "inprocess", workers: int = 1, scheduler: str | None = None,
           executor: Any = None, settings: Settings = DEFAULT, batch_size: int = BATCH_SIZE,
           parts: str | None = None,
           progress: Callable[[IngestSummary], None] | None = None) -> IngestSummary:
    """Read every article under `paths`, extract it, and store it.

    Args:
        paths: files, folders (walked recursively) and glob patterns.
        published: publication date for inputs that do not state one (YYYY-MM-DD).
        engine, workers, scheduler: where extraction runs (see `legation.executors`).
        executor: an executor to use instead of making one (it is not closed).
        parts: with the dask engine, also write each chunk's outcomes as a Parquet part in
            this folder (see `legation.store.parts`); by default none is written.
        progress: called about twice a second with the running summary.

    Returns:
        The summary: ingested, already present, rejected (with reasons).
    """
    if isinstance(paths, str):
        paths = [paths]
    items: Iterable[dict[str, Any]] = iter_inputs(list(paths), published=published)
    if settings is not DEFAULT:
        items = ({**item, "settings": settings} for item in items)
    return ingest_items(store, items, engine=engine, workers=workers, scheduler=scheduler,
                        executor=executor, batch_size=batch_size, parts=parts, progress=progress)


def ingest_items(store: Store, items: Iterable[dict[str, Any]], *, engine: str = "inprocess",
                 workers: int = 1, scheduler: str | None = None, executor: Any = None,
                 batch_size: int = BATCH_SIZE, parts: str | None = None,
                 progress: Callable[[IngestSummary], None] | None = None) -> IngestSummary:
    """Like `ingest`, for input items already made (see `legation.store.inputs`)."""
    from ..batch import warm
    from ..executors import ENGINES, make_executor

    if executor is None and engine not in ENGINES:
        raise LegationError(f"unknown engine {engine!r}; engines are: {', '.join(ENGINES)}")
    if parts is not None and (executor.name if executor is not None else engine) != "dask":
        raise LegationError("--parts keeps the Parquet parts of an ingest through Dask: "
                            "use it with --engine dask")
    summary = IngestSummary()
    started = last_tick = last_commit = time.monotonic()
    own = executor is None
    if own:
        # Workers load every language's resources before their first chunk (see `batch.warm`).
        executor = make_executor(engine, workers=workers, scheduler=scheduler, warm=warm)
    batch: list[Outcome] = []

    def flush() -> None:
        nonlocal last_commit
        if batch:
            with store.hold():
                result = store.write_batch(batch, settle=False)
            summary.ingested += result.ingested
            summary.present += result.present
            for input_, reason in result.rejected:
                summary.reject(input_, reason)
            batch.clear()
        last_commit = time.monotonic()

    try:
        # The file is held per batch and released in between, for readers (see `store.access`).
        with store.sharing():
            for outcome in _outcomes(executor, _fresh(store, items, summary), parts):
                batch.append(outcome)
                now = time.monotonic()
                if len(batch) >= batch_size or now - last_commit >= BATCH_SECONDS:
                    flush()
                if progress is not None and now - last_tick >= 0.5:
                    last_tick = now
                    summary.seconds = now - started
                    progress(summary)
            flush()
            # Each bucket the run added to is merged once, now, not after every batch.
            store.settle()
    except KeyboardInterrupt:
        flush()             # what is extracted is worth keeping; the rest resumes next run
        raise
    finally:
        if own:
            executor.close()
        summary.seconds = time.monotonic() - started
    return summary
