"""Ingest through a cluster: workers extract chunks, this process stores them; Parquet parts on request.

With the Dask engine, each task takes a chunk of inputs, extracts them on a
worker, and returns the outcomes as the store's rows, pickled: tuples of plain
values, which cost far less to ship and to load than nested records, and which
the writing process (what limits a cluster's ingest) only has to insert.

With `--parts DIR` each task also returns its outcomes as the bytes of one
Parquet file (columns `key`, `input`, `reason`, `record` with the record as
JSON text), written to `DIR/part-000000.parquet`, ... in order. The folder is a
result in its own right: DuckDB, Spark and pandas read it as one table, and
`legation ingest DIR` loads it into another store later.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import LegationError
from .core import Outcome

PART_GLOB = "part-*.parquet"


def _schema() -> Any:
    import pyarrow as pa

    text = pa.string()
    return pa.schema([("key", text), ("input", text), ("reason", text), ("record", text)])


def extract_part(items: list[dict[str, Any]], parquet: bool = False) -> tuple[bytes | None, bytes]:
    """Worker side: extract a chunk of input items.

    Returns the outcomes as one Parquet file's bytes (with `parquet`, else None), and as
    the store's rows, pickled (see `ingest.rows_of`).
    """
    import pickle

    from .ingest import process_input, rows_of

    done = [process_input(item) for item in items]
    blob = None
    if parquet:
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.table({"key": [d["key"] for d in done], "input": [d["input"] for d in done],
                          "reason": [d.get("reason") for d in done],
                          "record": [d.get("json") for d in done]}, schema=_schema())
        sink = io.BytesIO()
        pq.write_table(table, sink, compression="zstd")
        blob = sink.getvalue()
    return blob, pickle.dumps([rows_of(d) for d in done], protocol=pickle.HIGHEST_PROTOCOL)


def through_parts(executor: Any, items: Iterable[dict[str, Any]], folder: str | Path | None = None) -> Iterator[Outcome]:
    """Every item's outcome, extracted by `executor` one chunk per task.

    Args:
        folder: where to keep the chunks as Parquet parts; None keeps none.
    """
    import pickle
    from functools import partial

    from .ingest import outcome_of

    target = None if folder is None else Path(folder)
    start = 0
    if target is not None:
        try:
            target.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LegationError(f"{folder}: cannot write Parquet parts there ({exc.strerror or exc})") from None
        # Numbers go on from the parts already there, so a second run never overwrites the first.
        start = len(list(target.glob(PART_GLOB)))
    task = partial(extract_part, parquet=target is not None)
    for n, (blob, made) in enumerate(executor.map_parts(task, items), start):
        if target is not None and blob is not None:
            (target / f"part-{n:06d}.parquet").write_bytes(blob)
        yield from map(outcome_of, pickle.loads(made))
