"""Ingest: stream inputs through an executor into a `Store`, in crash-safe batches.

The store is one of the outputs of the one way in (`legation.batch`): inputs are
read by `read.inputs`, extracted by `batch.work` on any engine, and each worker
turns its outcomes into the store's rows (`rows.as_rows`). The database is
written only here, in this process, one transaction per batch; a run killed at
any moment loses at most the batch in flight, and running it again skips every
input already committed. Cross-document merges wait until the end of the run
(`Store.settle`); buckets a killed run left pending are merged by the next run,
or by the next command that reads the store. The store file is held only while a
batch is committed and released in between (`Store.hold`), so that queries and
`legation serve` keep answering during an ingest.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from ..batch import Options, outcomes, warm
from ..errors import LegationError
from ..executors import Engine
from ..read.inputs import Input, iter_inputs
from ..read.published import Given, parse_published
from ..settings import DEFAULT, Settings
from .core import Outcome, Store
from .rows import as_rows

BATCH_SIZE = 256          # documents per transaction
BATCH_SECONDS = 2.0       # ...or commit at least this often when extraction is slow
_LOOKUP_CHUNK = 512       # inputs checked against the store per query
_EXAMPLES = 20            # rejected inputs kept by name in the summary


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


def _fresh(store: Store, items: Iterable[Input], summary: IngestSummary) -> Iterator[Input]:
    """The inputs not already committed; the others are counted (and rejects re-reported)."""
    it = iter(items)
    while chunk := list(islice(it, _LOOKUP_CHUNK)):
        with store.hold():
            known = store.known_inputs([item.key for item in chunk])
        for item in chunk:
            seen = known.get(item.key)
            if seen is None:
                yield item
            elif seen[0] == "rejected":
                summary.reject(item.where, seen[1] or "rejected")
            else:
                summary.present += 1


def ingest(store: Store, paths: Iterable[str] | str, *, published: Given | str | dt.date | None = None,
           engine: Engine = Engine(), executor: Any = None, settings: Settings = DEFAULT,
           batch_size: int = BATCH_SIZE, parts: str | Path | None = None,
           progress: Callable[[IngestSummary], None] | None = None) -> IngestSummary:
    """Read every article under `paths`, extract it, and store it.

    Args:
        paths: files, folders (walked recursively) and glob patterns.
        published: a publication date for inputs that state none (a date or YYYY-MM-DD), or a
            `read.published.Given` that says whether it overrides the inputs' own dates.
        engine: where extraction runs (see `legation.executors.Engine`).
        executor: an executor to use instead of starting the engine's (it is not closed).
        parts: also write every outcome as Parquet parts in this folder (see `legation.outputs`).
        progress: called about twice a second with the running summary.

    Returns:
        The summary: ingested, already present, rejected (with reasons).
    """
    if isinstance(paths, str):
        paths = [paths]
    if published is not None and not isinstance(published, Given):
        try:
            published = Given(parse_published(published), overrides=False)
        except ValueError as exc:
            raise LegationError(str(exc)) from None
    items = iter_inputs(list(paths), published=published, settings=settings)
    return ingest_items(store, items, engine=engine, executor=executor, settings=settings,
                        batch_size=batch_size, parts=parts, progress=progress)


def ingest_items(store: Store, items: Iterable[Input], *, engine: Engine = Engine(), executor: Any = None,
                 settings: Settings = DEFAULT, batch_size: int = BATCH_SIZE, parts: str | Path | None = None,
                 progress: Callable[[IngestSummary], None] | None = None) -> IngestSummary:
    """Like `ingest`, for inputs already read (see `legation.read.inputs`)."""
    from ..outputs import RecordWriter

    writer = RecordWriter(parts if str(parts).endswith("/") else f"{parts}/", "parquet") if parts else None
    options = Options(settings=settings, shape=as_rows)
    summary = IngestSummary()
    started = last_tick = last_commit = time.monotonic()
    own = executor is None
    if own:
        # Workers load every language's resources before their first chunk (see `batch.warm`).
        executor = engine.start(warm=warm)
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
            for outcome in outcomes(executor, _fresh(store, items, summary), options):
                batch.append(outcome)
                if writer is not None:
                    writer.write(outcome)
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
        if writer is not None:
            writer.close()
        summary.seconds = time.monotonic() - started
    return summary
