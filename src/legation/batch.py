"""Batch extraction: the per-document work an executor ships to its workers.

Jobs and results are plain data (dicts and strings) so they cross process and
machine boundaries unchanged. A document that cannot be read is a failure
value, not an exception, so one bad file never stops a batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .errors import InputError, TooSlow
from .settings import DEFAULT, Settings


@dataclass(frozen=True)
class Job:
    """One article to extract: a file path, or text already read (with where it came from)."""

    path: str | None = None
    text: str | bytes | None = None
    published: str | None = None
    url: str | None = None
    lang: str | None = None
    until: str | None = None
    settings: Settings = DEFAULT
    error: str | None = None      # why the input could not even be read (the job then only reports it)


@dataclass(frozen=True)
class Outcome:
    """The record of one job, or why it has none."""

    where: str
    record: dict[str, Any] | None = None
    error: str | None = None


def warm() -> None:
    """Load everything extraction needs, so that a worker's first real task runs at full speed.

    Building the pipeline is not enough: each language's lexicons and the gazetteers
    load on first use (about a second in all). One generated article per language
    loads them; without this, a worker of a fresh pool spends its first chunks loading.
    """
    from .bench.corpus import LANGS, generate
    from .extract import _pipeline, extract

    _pipeline(DEFAULT, None)
    for item in generate(len(LANGS), seed=1):
        extract(item["text"], published=item["published"], url=item["url"]).to_dict()


def run_job(job: Job) -> Outcome:
    """Extract one job's article; an unreadable input becomes an `Outcome` with `error`."""
    from .extract import extract, extract_path

    where = job.path or job.url or "<input>"
    if job.error is not None:
        return Outcome(where, error=job.error)
    try:
        if job.text is not None:
            doc = extract(job.text, published=job.published, url=job.url, lang=job.lang,
                          path=job.path, settings=job.settings, until=job.until)
        else:
            doc = extract_path(where, published=job.published, url=job.url, lang=job.lang,
                               settings=job.settings, until=job.until)
    except InputError as exc:
        return Outcome(where, error=str(exc))
    except TooSlow as exc:
        return Outcome(where, error=f"{where}: {exc}")
    return Outcome(where, record=doc.to_dict())


def extract_item(item: dict[str, Any]) -> dict[str, Any] | None:
    """The record of one corpus item (`text`, `published`, `url`), or None when it is rejected."""
    from .extract import extract

    try:
        return extract(item["text"], published=item.get("published"), url=item.get("url")).to_dict()
    except InputError:
        return None


Row = tuple[str, str | None, dict[str, Any] | None]


def extract_rows(jobs: list[Job]) -> list[Row]:
    """Worker side of batch extraction: for each job (where, error, output row).

    The row is flat (see `RecordWriter.write_row`) and holds the record as JSON
    text, serialised here so that a worker, not the process writing the output,
    pays for it, and so that what crosses to that process is strings, not
    nested dicts.
    """
    out: list[Row] = []
    for job in jobs:
        done = run_job(job)
        out.append((done.where, done.error, None if done.record is None else _parquet_row(done.record)))
    return out


PART_ROWS = 10_000   # records per file when writing to a folder


def _parquet_row(record: dict[str, Any]) -> dict[str, Any]:
    import json

    source = record.get("source") or {}
    return {"id": record.get("id"), "lang": (record.get("lang") or {}).get("code"),
            "path": source.get("path"), "url": source.get("url"), "title": source.get("title"),
            "published": source.get("published"), "entities": len(record.get("entities") or []),
            "events": len(record.get("events") or []), "figures": len(record.get("figures") or []),
            "record": json.dumps(record, ensure_ascii=False)}


class RecordWriter:
    """Writes records as JSONL or Parquet to one file, or to numbered part files in a folder.

    Parquet rows have a fixed flat schema (id, lang, source fields, counts) plus the
    whole record as JSON text, so every part file agrees and DuckDB reads a folder
    of them as one table: ``SELECT * FROM read_parquet('out/*.parquet')``.
    """

    def __init__(self, out: str, fmt: str = "jsonl", *, part_rows: int = PART_ROWS) -> None:
        if fmt not in ("jsonl", "parquet"):
            raise ValueError(f"records are written as jsonl or parquet, not {fmt!r}")
        from pathlib import Path

        self.fmt = fmt
        target = Path(out)
        self.folder = target if (out.endswith(("/", "\\")) or target.is_dir()) else None
        if self.folder is not None:
            self.folder.mkdir(parents=True, exist_ok=True)
        elif target.parent and not target.parent.exists():
            raise InputError(out, "the folder to write into does not exist")
        self.target = target
        self.part_rows = part_rows
        self.written = 0
        self._part = 0
        self._in_part = 0
        self._fh: Any = None
        self._parquet: Any = None
        self._rows: list[dict[str, Any]] = []

    def _path(self) -> Any:
        if self.folder is None:
            return self.target
        return self.folder / f"part-{self._part:05d}.{self.fmt}"

    def write(self, record: dict[str, Any]) -> None:
        """Add one record."""
        self.write_row(_parquet_row(record))

    def write_row(self, row: dict[str, Any]) -> None:
        """Add one record given as its flat row (the Parquet columns, with the record as JSON text)."""
        if self.folder is not None and self._in_part >= self.part_rows:
            self._close_part()
            self._part += 1
        if self.fmt == "jsonl":
            if self._fh is None:
                self._fh = open(self._path(), "w", encoding="utf-8")
            self._fh.write(row["record"] + "\n")
        else:
            self._rows.append(row)
            if len(self._rows) >= 1000:      # one row group per thousand records
                self._flush_parquet()
        self._in_part += 1
        self.written += 1

    def _flush_parquet(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not self._rows:
            return
        table = pa.Table.from_pylist(self._rows, schema=_parquet_schema())
        if self._parquet is None:
            self._parquet = pq.ParquetWriter(str(self._path()), table.schema)
        self._parquet.write_table(table)
        self._rows.clear()

    def _close_part(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        if self.fmt == "parquet":
            self._flush_parquet()
            if self._parquet is not None:
                self._parquet.close()
                self._parquet = None
        self._in_part = 0

    def close(self) -> None:
        """Finish the file in progress (an empty output still gets a file, so readers find it)."""
        if self.written == 0 and self.fmt == "jsonl" and self._fh is None:
            self._fh = open(self._path(), "w", encoding="utf-8")
        if self.written == 0 and self.fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            pq.write_table(pa.Table.from_pylist([], schema=_parquet_schema()), str(self._path()))
        self._close_part()

    def __enter__(self) -> RecordWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _parquet_schema() -> Any:
    import pyarrow as pa

    text = pa.string()
    return pa.schema([("id", text), ("lang", text), ("path", text), ("url", text), ("title", text),
                      ("published", text), ("entities", pa.int32()), ("events", pa.int32()),
                      ("figures", pa.int32()), ("record", text)])


def expand_paths(names: Iterable[str]) -> Iterator[str]:
    """Each name as given, except that a folder stands for the files under it (sorted, recursive)."""
    from pathlib import Path

    for name in names:
        p = Path(name)
        if name != "-" and p.is_dir():
            yield from (str(f) for f in sorted(p.rglob("*")) if f.is_file() and not f.name.startswith("."))
        else:
            yield name
