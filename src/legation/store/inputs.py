"""What `legation ingest` reads: files, folders, globs, JSON/JSONL objects and WARC records.

`iter_inputs` streams plain-data items (dicts), one per article, never a list
of the corpus. Each item carries a content `key` (so a re-run can skip what is
already stored) and an `input` label naming where it came from. An input that
cannot even be split into articles (a bad JSON line, a broken WARC) becomes a
`reject` item, so the batch goes on and the reason is stored.

Item kinds: `raw` (text or HTML to extract), `record` (an already extracted
legation/1 record), `reject` (with `reason`).

Parquet files are read as records: the parts an ingest through Dask keeps
(`--parts`), and what `legation extract --format parquet` writes.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..document import SCHEMA

RAW_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml")
JSON_SUFFIXES = (".json", ".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
PARQUET_SUFFIXES = (".parquet",)
# JSON object fields that hold an article, in order of preference.
_BODY_FIELDS = ("text", "html", "body", "content")
_DATE_FIELDS = ("published", "date", "published_at")


def _key(kind: str, data: str | bytes, **meta: Any) -> str:
    h = hashlib.sha256(kind.encode())
    h.update(json.dumps(meta, sort_keys=True, default=str).encode())
    h.update(b"\x00")
    h.update(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)
    return h.hexdigest()


def _reject(where: str, reason: str) -> dict[str, Any]:
    return {"kind": "reject", "key": _key("reject", where, reason=reason), "input": where, "reason": reason}


def _unreadable(where: str, exc: OSError) -> dict[str, Any]:
    if isinstance(exc, PermissionError):
        return _reject(where, "permission denied")
    return _reject(where, f"cannot be read ({exc.strerror or exc})")


def _record(where: str, obj: dict[str, Any]) -> dict[str, Any]:
    # Keyed by the record's content, not its place: the same record anywhere is the same input.
    return {"kind": "record", "key": _key("record", json.dumps(obj, sort_keys=True, ensure_ascii=False)),
            "input": where, "record": obj}


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for suffix in WARC_SUFFIXES:
        if name.endswith(suffix):
            return suffix
    return path.suffix.lower()


def _known(path: Path) -> bool:
    return _suffix(path) in RAW_SUFFIXES + JSON_SUFFIXES + WARC_SUFFIXES + PARQUET_SUFFIXES


def expand(arg: str) -> Iterator[Path | str]:
    """The files an argument names (a file, a folder walked recursively, or a glob), in a stable order.

    Yields a `str` (a reason) for an argument that names nothing.
    """
    path = Path(arg)
    if path.is_dir():
        for root, dirs, files in os.walk(path):
            dirs.sort()
            for name in sorted(files):
                candidate = Path(root) / name
                if _known(candidate):       # a folder's other files (notes, images) are not inputs
                    yield candidate
        return
    if path.exists():
        yield path
        return
    if glob.has_magic(arg):
        matches = sorted(glob.iglob(arg, recursive=True))
        for m in matches:
            if Path(m).is_file():
                yield Path(m)
            elif Path(m).is_dir():
                yield from expand(m)
        if not matches:
            yield "no file matches this pattern"
        return
    yield "no such file or folder"


def iter_inputs(args: list[str], *, published: str | None = None) -> Iterator[dict[str, Any]]:
    """Every article in the files, folders and globs of `args`, as plain-data items.

    Args:
        published: the publication date for inputs that do not state one.
    """
    for arg in args:
        for found in expand(arg):
            if isinstance(found, str):
                yield _reject(arg, found)
                continue
            yield from _read_file(found, published)


def _read_file(path: Path, published: str | None) -> Iterator[dict[str, Any]]:
    where = str(path)
    suffix = _suffix(path)
    if suffix in WARC_SUFFIXES:
        yield from _read_warc(path, published)
        return
    if suffix in JSON_SUFFIXES and suffix != ".json":
        yield from _read_json_lines(path, published)
        return
    if suffix in PARQUET_SUFFIXES:
        yield from _read_parquet(path)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield _unreadable(where, exc)
        return
    if suffix in JSON_SUFFIXES:
        yield from _read_json(where, data, suffix, published)
    else:
        yield _raw(where, data, path=where, published_default=published)


def _raw(where: str, data: str | bytes, *, path: str | None = None, url: str | None = None,
         published: str | None = None, title: str | None = None,
         published_default: str | None = None) -> dict[str, Any]:
    # The key leaves out the path: the same file copied elsewhere is the same input.
    key = _key("raw", data, url=url, published=published, default=published_default, title=title)
    return {"kind": "raw", "key": key, "input": where, "data": data, "path": path, "url": url,
            "published": published, "published_default": published_default, "title": title}


def _read_json(where: str, data: bytes, suffix: str, published: str | None) -> Iterator[dict[str, Any]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        yield _reject(where, "JSON input is not UTF-8")
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        yield _reject(where, f"not valid JSON (line {exc.lineno}: {exc.msg})")
        return
    if isinstance(value, list):
        for i, obj in enumerate(value):
            yield _from_object(f"{where}#{i}", obj, published)
    else:
        yield _from_object(where, value, published)


def _read_json_lines(path: Path, published: str | None) -> Iterator[dict[str, Any]]:
    """One item per line of a JSON Lines file, read line by line.

    Streamed because a corpus file can hold 100,000 articles: reading, decoding and splitting
    it whole kept three copies of the corpus in memory for the whole ingest.
    """
    where = str(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield _unreadable(where, exc)
        return
    with fh:
        for lineno, raw in enumerate(fh, 1):
            label = f"{where}:{lineno}"
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError:
                yield _reject(label, "JSON input is not UTF-8")
                continue
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield _reject(label, f"not valid JSON ({exc.msg})")
                continue
            yield _from_object(label, obj, published)


def _from_object(where: str, obj: Any, published: str | None) -> dict[str, Any]:
    if not isinstance(obj, dict):
        return _reject(where, "a JSON value that is not an object")
    if obj.get("schema") == SCHEMA:
        return _record(where, obj)
    body = next((obj[f] for f in _BODY_FIELDS if isinstance(obj.get(f), str) and obj[f].strip()), None)
    if body is None:
        return _reject(where, f"a JSON object with no article ({', '.join(_BODY_FIELDS)} field)")
    stated = next((obj[f] for f in _DATE_FIELDS if isinstance(obj.get(f), str) and obj[f].strip()), None)
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    title = obj.get("title") if isinstance(obj.get("title"), str) else None
    return _raw(where, body, path=where, url=url, published=stated, title=title, published_default=published)


def _read_warc(path: Path, published: str | None) -> Iterator[dict[str, Any]]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    where = str(path)
    try:
        with path.open("rb") as fh:
            for n, rec in enumerate(ArchiveIterator(fh, arc2warc=True)):
                if rec.rec_type != "response":
                    continue
                http = rec.http_headers
                if http is not None:
                    status = (http.get_statuscode() or "").strip()
                    ctype = (http.get_header("Content-Type") or "").lower()
                    # A crawl holds redirects, errors, scripts and images: only pages are articles.
                    if not status.startswith("2") or (ctype and "html" not in ctype and "text" not in ctype):
                        continue
                url = rec.rec_headers.get_header("WARC-Target-URI")
                data = rec.content_stream().read()
                # The WARC date is when the page was crawled, not published: never used as `published`.
                yield _raw(f"{where}#{n}", data, path=None, url=url, published_default=published)
    except PermissionError:
        yield _reject(where, "permission denied")
    except (ArchiveLoadFailed, OSError, ValueError, EOFError) as exc:
        yield _reject(where, f"not a readable WARC file ({str(exc).splitlines()[0] if str(exc) else type(exc).__name__})")


def _read_parquet(path: Path) -> Iterator[dict[str, Any]]:
    """The records in a Parquet file with a `record` column (JSON text), streamed in row batches.

    Parts written by an ingest through Dask also carry each input's `key`, label and
    reject reason: they are kept, so the loaded store knows those inputs as done.
    """
    import duckdb

    where = str(path)
    con = duckdb.connect()
    try:
        try:
            columns = {row[0] for row in con.execute("DESCRIBE SELECT * FROM read_parquet(?)", [where]).fetchall()}
        except duckdb.Error as exc:
            yield _reject(where, f"not a readable Parquet file ({str(exc).splitlines()[0]})")
            return
        if "record" not in columns:
            yield _reject(where, "a Parquet file with no record column (legation reads the parts of an "
                                 "ingest and what `legation extract --format parquet` writes)")
            return
        extra = ", ".join(c if c in columns else "NULL" for c in ("key", "input", "reason"))
        cursor = con.execute(f"SELECT record, {extra} FROM read_parquet(?)", [where])
        n = 0
        while rows := cursor.fetchmany(256):
            for text, key, label, reason in rows:
                label = label or f"{where}#{n}"
                n += 1
                if text is None:
                    item = _reject(label, reason or "rejected")
                else:
                    item = _from_record_text(label, text)
                if key:
                    item["key"] = key
                yield item
    finally:
        con.close()


def _from_record_text(where: str, text: str) -> dict[str, Any]:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        return _reject(where, f"a record that is not valid JSON ({exc.msg})")
    if not isinstance(obj, dict) or obj.get("schema") != SCHEMA:
        return _reject(where, f"not a {SCHEMA} record")
    return _record(where, obj)
