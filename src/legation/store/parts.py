"""Ingest through a cluster: workers write Parquet parts, this process loads them into the store.

With the Dask engine, each task takes a chunk of inputs, extracts them on a
worker, and returns the outcomes as the bytes of one Parquet file (columns
`key`, `input`, `reason`, `record` with the record as JSON text), together with
the same outcomes as the store's rows. This process writes each part into a
folder (`part-000000.parquet`, ...) and inserts the rows into the store in
order, while the workers go on with the next chunks.

Why Parquet rather than the outcomes themselves: a part is one compressed
buffer, which costs little to ship and nothing to unpickle, and the folder is
a result in its own right. DuckDB, Spark and pandas read it as one table, and
`legation ingest FOLDER` loads it into another store later.
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


def extract_part(items: list[dict[str, Any]]) -> tuple[bytes, bytes]:
    """Worker side: extract a chunk of input items.

    Returns the outcomes as one Parquet file's bytes, and the same outcomes as the
    store's rows, pickled (see `ingest.rows_of`): the writing process then inserts
    them without parsing the records again, which is what limits a cluster's ingest.
    """
    import pickle

    import pyarrow as pa
    import pyarrow.parquet as pq

    from .ingest import process_input, rows_of

    done = [process_input(item) for item in items]
    table = pa.table({"key": [d["key"] for d in done], "input": [d["input"] for d in done],
                      "reason": [d.get("reason") for d in done], "record": [d.get("json") for d in done]},
                     schema=_schema())
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue(), pickle.dumps([rows_of(d) for d in done], protocol=pickle.HIGHEST_PROTOCOL)


def through_parts(executor: Any, items: Iterable[dict[str, Any]], folder: str | Path | None = None) -> Iterator[Outcome]:
    """Every item's outcome, extracted by `executor` into Parquet parts under `folder`.

    Args:
        folder: where the parts are kept; None writes them to a temporary folder and
            deletes each part once it has been read back.
    """
    import pickle
    import tempfile

    temporary = None
    if folder is None:
        temporary = tempfile.TemporaryDirectory(prefix="legation-parts-")
        target = Path(temporary.name)
    else:
        target = Path(folder)
        try:
            target.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LegationError(f"{folder}: cannot write Parquet parts there ({exc.strerror or exc})") from None
    try:
        # Numbers go on from the parts already there, so a second run never overwrites the first.
        start = len(list(target.glob(PART_GLOB)))
        for n, (blob, made) in enumerate(executor.map_parts(extract_part, items), start):
            path = target / f"part-{n:06d}.parquet"
            path.write_bytes(blob)
            for done in pickle.loads(made):
                yield Outcome(done["key"], done["input"], reason=done.get("reason"),
                              rows=done.get("rows"), document_id=done.get("id"))
            if temporary is not None:
                path.unlink()
    finally:
        if temporary is not None:
            temporary.cleanup()
