"""Where outcomes go when they are not stored: standard output, a JSONL or Parquet file, or a
folder of Parquet parts. (The store is the other output: `legation.store.ingest`.)

Parquet has one schema wherever it is written (`legation extract --format parquet`,
`legation ingest --parts`): `key`, `input`, `reason`, `id`, `record` (the record as
JSON text, NULL for a rejected input). A folder of parts is a dataset: DuckDB reads
it as ``SELECT * FROM read_parquet('DIR/*.parquet')``, and `legation ingest DIR`
loads it into a store, which then knows the original inputs as done.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .errors import LegationError
from .outcome import Outcome

PART_ROWS = 10_000          # rows per part file when writing to a folder
_ROW_GROUP = 1000           # rows per Parquet row group
PART_GLOB = "part-*.*"


def parquet_schema() -> Any:
    import pyarrow as pa

    text = pa.string()
    return pa.schema([("key", text), ("input", text), ("reason", text), ("id", text), ("record", text)])


class RecordWriter:
    """Writes outcomes as JSONL or Parquet to one file, or to numbered part files in a folder.

    JSONL holds records only, one per line (a rejected input has no record); Parquet holds
    a row per outcome, rejects included, so that a store loading it knows every input.
    Part numbers go on from the parts already in the folder: a second run never
    overwrites the first.
    """

    def __init__(self, out: str | Path, fmt: str = "jsonl", *, part_rows: int = PART_ROWS) -> None:
        if fmt not in ("jsonl", "parquet"):
            raise ValueError(f"records are written as jsonl or parquet, not {fmt!r}")
        self.fmt = fmt
        name = str(out)
        target = Path(out)
        self.folder = target if (name.endswith(("/", "\\")) or target.is_dir()) else None
        try:
            if self.folder is not None:
                self.folder.mkdir(parents=True, exist_ok=True)
            elif not target.parent.is_dir():
                raise LegationError(f"{name}: the folder to write into does not exist")
        except OSError as exc:
            raise LegationError(f"{name}: cannot write there ({exc.strerror or exc})") from None
        self.target = target
        self.part_rows = part_rows
        self.written = 0            # records written
        self._part = len(list(self.folder.glob(PART_GLOB))) if self.folder is not None else 0
        self._in_part = 0
        self._fh: Any = None
        self._parquet: Any = None
        self._rows: list[dict[str, Any]] = []

    def _path(self) -> Path:
        if self.folder is None:
            return self.target
        return self.folder / f"part-{self._part:05d}.{self.fmt}"

    def write(self, done: Outcome) -> None:
        """Add one outcome."""
        text = done.record_json if done.record_json is not None or done.record is None \
            else json.dumps(done.record, ensure_ascii=False)
        if self.fmt == "jsonl" and text is None:
            return
        if self.folder is not None and self._in_part >= self.part_rows:
            self._close_part()
            self._part += 1
        if self.fmt == "jsonl":
            if self._fh is None:
                self._fh = open(self._path(), "w", encoding="utf-8")
            self._fh.write(text + "\n")
        else:
            self._rows.append({"key": done.key, "input": done.input, "reason": done.reason,
                               "id": done.id, "record": text})
            if len(self._rows) >= _ROW_GROUP:
                self._flush_parquet()
        self._in_part += 1
        self.written += text is not None

    def _flush_parquet(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not self._rows and self._parquet is not None:
            return
        table = pa.Table.from_pylist(self._rows, schema=parquet_schema())
        if self._parquet is None:
            self._parquet = pq.ParquetWriter(str(self._path()), table.schema, compression="zstd")
        self._parquet.write_table(table)
        self._rows.clear()

    def _close_part(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        if self.fmt == "parquet":
            self._flush_parquet()
            self._parquet.close()
            self._parquet = None
        self._in_part = 0

    def close(self) -> None:
        """Finish the file in progress (an empty output still gets a file, so readers find it)."""
        if self.fmt == "jsonl" and self._fh is None and self._in_part == 0:
            self._fh = open(self._path(), "w", encoding="utf-8")
        self._close_part()

    def __enter__(self) -> RecordWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
