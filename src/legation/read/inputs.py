"""One way in: files, folders, globs and standard input, read into typed `Input`s.

`iter_inputs` streams one `Input` per article, never a list of the corpus, by a
reader chosen from the file's suffix (`READERS`): text and HTML files, JSON
(an object or an array of them), JSON Lines, WARC and Parquet. Each input
carries a content `key` (so a re-run can skip what is already stored) and a
label naming where it came from. Whatever cannot even be split into articles
(a bad JSON line, a broken WARC, a FIFO) becomes an input of kind `reject`
with its reason, so a batch goes on and says why.

Readers bound what they hold: a JSON array is parsed one element at a time, a
WARC record's body is read up to `max_bytes`, recursion is bounded by Python's
own limit and caught. File names that are not UTF-8 are kept as labels with
their bytes escaped (``\\xff``), so they can be stored and printed.

Input kinds: `raw` (text or HTML to extract), `record` (an already extracted
legation/1 record), `reject` (with `reason`).
"""

from __future__ import annotations

import codecs
import datetime as dt
import glob
import hashlib
import json
import os
import stat
import sys
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from ..document import SCHEMA
from ..errors import InputError
from ..settings import DEFAULT, Settings
from .published import Given, parse_published

# JSON object fields that hold an article, in order of preference.
_BODY_FIELDS = ("text", "html", "body", "content")
_DATE_FIELDS = ("published", "date", "published_at")
_READ_CHUNK = 1 << 16


@dataclass(frozen=True)
class Input:
    """One article to extract (`raw`), a record to load (`record`), or why there is none (`reject`)."""

    kind: Literal["raw", "record", "reject"]
    key: str
    where: str                          # names the input for people (file, file:line, file#n)
    data: str | bytes | None = None     # raw: the text or HTML
    record: dict[str, Any] | None = None
    reason: str | None = None
    path: str | None = None
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None    # the date to read it with (stated, or given to override)
    published_default: dt.date | None = None   # for an article that states none anywhere


def label(path: str | os.PathLike[str]) -> str:
    """A path as text that can be stored and printed: bytes that are not UTF-8 escaped (``\\xff``)."""
    text = os.fspath(path)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", "backslashreplace")


def _key(kind: str, data: str | bytes, **meta: Any) -> str:
    h = hashlib.sha256(kind.encode())
    h.update(json.dumps(meta, sort_keys=True, default=str).encode())
    h.update(b"\x00")
    h.update(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)
    return h.hexdigest()


def reject(where: str, reason: str) -> Input:
    """An input that could not be read, with its reason."""
    return Input("reject", _key("reject", where, reason=reason), where, reason=reason)


def _unreadable(where: str, exc: OSError) -> Input:
    if isinstance(exc, PermissionError):
        return reject(where, "permission denied")
    return reject(where, f"cannot be read ({exc.strerror or exc})")


def _record(where: str, obj: dict[str, Any]) -> Input:
    # Keyed by the record's content, not its place: the same record anywhere is the same input.
    try:
        text = json.dumps(obj, sort_keys=True, ensure_ascii=False)
    except RecursionError:
        return reject(where, "a record nested too deeply")
    return Input("record", _key("record", text), where, record=obj)


def _raw(where: str, data: str | bytes, given: Given | None, *, path: str | None = None,
         url: str | None = None, stated: dt.date | None = None, title: str | None = None) -> Input:
    published = given.published(stated) if given else stated
    default = given.default if given else None
    # The key leaves out the path: the same file copied elsewhere is the same input.
    key = _key("raw", data, url=url, published=published, default=default, title=title)
    return Input("raw", key, where, data=data, path=path, url=url, title=title, published=published,
                 published_default=default)


@dataclass(frozen=True)
class _Run:
    given: Given | None
    settings: Settings


Reader = Callable[[Path, str, _Run], Iterator[Input]]


def _read_raw(path: Path, where: str, run: _Run) -> Iterator[Input]:
    from .input import read_file

    try:
        yield _raw(where, read_file(path, run.settings), run.given, path=where)
    except InputError as exc:
        yield reject(where, exc.problem)


def _open(path: Path, where: str) -> Any:
    """A regular file opened for reading, or the `Input` rejecting it."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        return _unreadable(where, exc)
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        return reject(where, "not a regular file (a pipe, socket or device)")
    return os.fdopen(fd, "rb")


def _read_json(path: Path, where: str, run: _Run) -> Iterator[Input]:
    """One object, or an array of them read one element at a time (never the whole array)."""
    fh = _open(path, where)
    if isinstance(fh, Input):
        yield fh
        return
    limit = run.settings.max_bytes
    with fh:
        decoder = codecs.getincrementaldecoder("utf-8-sig")()
        buf, pos, n, eof = "", 0, 0, False
        in_array = None

        def more() -> bool:
            nonlocal buf, pos, eof
            chunk = fh.read(_READ_CHUNK)
            eof = not chunk
            buf = buf[pos:] + decoder.decode(chunk, final=eof)
            pos = 0
            return not eof

        try:
            while True:
                while pos < len(buf) and buf[pos] in " \t\r\n":
                    pos += 1
                if pos == len(buf):
                    if eof:
                        break
                    more()
                    continue
                if in_array is None:
                    in_array = buf[pos] == "["
                    if not in_array:            # one object: the file is one article
                        if os.fstat(fh.fileno()).st_size > limit:
                            yield reject(where, f"too large (the limit is {limit:,} bytes)")
                            return
                        while more():
                            pass
                        yield _from_object(where, json.loads(buf[pos:]), run)
                        return
                    pos += 1
                    continue
                if buf[pos] == "]":
                    return
                if buf[pos] == "," and n:
                    pos += 1
                    continue
                try:
                    obj, end = json.JSONDecoder().raw_decode(buf, pos)
                except json.JSONDecodeError:
                    if len(buf) - pos > limit:
                        yield reject(f"{where}#{n}", f"not valid JSON, or an element larger than "
                                                     f"{limit:,} bytes (the elements after it are not read)")
                        return
                    if more():
                        continue
                    raise
                pos = end
                yield _from_object(f"{where}#{n}", obj, run)
                n += 1
            if in_array:
                yield reject(where, "not valid JSON (the array is not closed)")
        except UnicodeDecodeError:
            yield reject(where, "JSON input is not UTF-8")
        except json.JSONDecodeError as exc:
            yield reject(f"{where}#{n}" if in_array else where, f"not valid JSON ({exc.msg})")
        except RecursionError:
            yield reject(f"{where}#{n}" if in_array else where, "JSON nested too deeply")
        except OSError as exc:
            yield _unreadable(where, exc)


def _read_json_lines(path: Path, where: str, run: _Run) -> Iterator[Input]:
    """One input per line of a JSON Lines file, read line by line.

    Streamed because a corpus file can hold 100,000 articles: reading, decoding and splitting
    it whole kept three copies of the corpus in memory for the whole ingest.
    """
    fh = _open(path, where)
    if isinstance(fh, Input):
        yield fh
        return
    limit = run.settings.max_bytes
    with fh:
        lineno = 0
        while raw := fh.readline(limit + 1):
            lineno += 1
            at = f"{where}:{lineno}"
            if len(raw) > limit and not raw.endswith(b"\n"):
                while (rest := fh.readline(_READ_CHUNK)) and not rest.endswith(b"\n"):
                    pass            # the rest of an oversized line is skipped, never held
                yield reject(at, f"too large (the limit is {limit:,} bytes)")
                continue
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError:
                yield reject(at, "JSON input is not UTF-8")
                continue
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield reject(at, f"not valid JSON ({exc.msg})")
                continue
            except RecursionError:
                yield reject(at, "JSON nested too deeply")
                continue
            yield _from_object(at, obj, run)


def _from_object(where: str, obj: Any, run: _Run) -> Input:
    if not isinstance(obj, dict):
        return reject(where, "a JSON value that is not an object")
    if obj.get("schema") == SCHEMA:
        return _record(where, obj)
    body = next((obj[f] for f in _BODY_FIELDS if isinstance(obj.get(f), str) and obj[f].strip()), None)
    if body is None:
        return reject(where, f"a JSON object with no article ({', '.join(_BODY_FIELDS)} field)")
    written = next((obj[f] for f in _DATE_FIELDS if isinstance(obj.get(f), str) and obj[f].strip()), None)
    try:
        stated = parse_published(written) if written is not None else None
    except ValueError as exc:
        return reject(where, str(exc))
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    title = obj.get("title") if isinstance(obj.get("title"), str) else None
    return _raw(where, body, run.given, path=where, url=url, stated=stated, title=title)


def _read_warc(path: Path, where: str, run: _Run) -> Iterator[Input]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    fh = _open(path, where)
    if isinstance(fh, Input):
        yield fh
        return
    limit = run.settings.max_bytes
    n = 0
    truncated = f"truncated: the file ends inside a record (the {{n}} records before it are read)"
    try:
        with fh:
            records = ArchiveIterator(fh, arc2warc=True)
            while True:
                try:
                    rec = next(records)
                except StopIteration:
                    break
                except AttributeError:
                    # warcio cannot parse a response or request record without a target URI.
                    yield reject(f"{where}#{n}", "a WARC record without WARC-Target-URI "
                                                 "(the records after it are not read)")
                    return
                at = f"{where}#{n}"
                n += 1
                # Read up to the limit, never more: a small .warc.gz can hold gigabytes.
                data = rec.content_stream().read(limit + 1) if _is_page(rec) else None
                if _truncated(rec):
                    yield reject(where, truncated.format(n=n - 1))
                    return
                if data is not None and len(data) > limit:
                    yield reject(at, f"too large (more than {limit:,} bytes once decompressed)")
                elif data is not None:
                    # The WARC date is when the page was crawled, not published: never `published`.
                    yield _raw(at, data, run.given, url=rec.rec_headers.get_header("WARC-Target-URI"))
            if path.name.lower().endswith(".gz") and not _gzip_complete(fh):
                yield reject(where, truncated.format(n=n))
    except (ArchiveLoadFailed, OSError, ValueError, EOFError, zlib.error) as exc:
        if isinstance(exc, PermissionError):
            yield reject(where, "permission denied")
        else:
            first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            yield reject(where if n == 0 else f"{where}#{n}", f"not a readable WARC file ({first})")


def _gzip_complete(fh: Any) -> bool:
    """Whether every gzip member of the file ends as gzip says it must (read again, in chunks).

    warcio stops quietly at a member cut short, dropping the records in it; decompressing
    costs far less than extracting what was read, so the file is checked once more.
    """
    fh.seek(0)
    member, data, started = zlib.decompressobj(31), b"", False
    while True:
        if not data:
            data = fh.read(_READ_CHUNK)
            if not data:
                return member.eof or not started
        if member.eof:
            member, started = zlib.decompressobj(31), False
        started = True
        member.decompress(data, _READ_CHUNK)
        data = member.unconsumed_tail or member.unused_data


def _is_page(rec: Any) -> bool:
    if rec.rec_type != "response":
        return False
    http = rec.http_headers
    if http is None:
        return True
    status = (http.get_statuscode() or "").strip()
    ctype = (http.get_header("Content-Type") or "").lower()
    # A crawl holds redirects, errors, scripts and images: only pages are articles.
    return status.startswith("2") and (not ctype or "html" in ctype or "text" in ctype)


def _truncated(rec: Any) -> bool:
    """Whether the file ended before the record's stated length (what is left is read in chunks)."""
    stream = rec.raw_stream
    while stream.read(_READ_CHUNK):
        pass
    return getattr(stream, "limit", 0) > 0


def _read_parquet(path: Path, where: str, run: _Run) -> Iterator[Input]:
    """The records in a Parquet file with a `record` column (JSON text), streamed in row batches.

    Parts written by `--parts` or `extract --format parquet` also carry each input's `key`,
    label and reject reason: they are kept, so the loaded store knows those inputs as done.
    """
    import duckdb

    con = duckdb.connect()
    try:
        try:
            columns = {row[0] for row in con.execute("DESCRIBE SELECT * FROM read_parquet(?)",
                                                     [str(path)]).fetchall()}
        except duckdb.Error as exc:
            yield reject(where, f"not a readable Parquet file ({str(exc).splitlines()[0]})")
            return
        if "record" not in columns:
            yield reject(where, "a Parquet file with no record column (legation reads the parts of an "
                                "ingest and what `legation extract --format parquet` writes)")
            return
        extra = ", ".join(c if c in columns else "NULL" for c in ("key", "input", "reason"))
        cursor = con.execute(f"SELECT record, {extra} FROM read_parquet(?)", [str(path)])
        n = 0
        while rows := cursor.fetchmany(256):
            for text, key, at, reason in rows:
                at = at or f"{where}#{n}"
                n += 1
                item = reject(at, reason or "rejected") if text is None else _from_record_text(at, text)
                if key:
                    item = Input(item.kind, key, item.where, record=item.record, reason=item.reason)
                yield item
    finally:
        con.close()


def _from_record_text(where: str, text: str) -> Input:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        return reject(where, f"a record that is not valid JSON ({exc.msg})")
    except RecursionError:
        return reject(where, "a record nested too deeply")
    if not isinstance(obj, dict) or obj.get("schema") != SCHEMA:
        return reject(where, f"not a {SCHEMA} record")
    return _record(where, obj)


# The reader of each suffix. Adding a format is adding a reader here.
READERS: dict[str, Reader] = {
    **dict.fromkeys((".txt", ".text", ".html", ".htm", ".xhtml"), _read_raw),
    ".json": _read_json,
    **dict.fromkeys((".jsonl", ".ndjson"), _read_json_lines),
    **dict.fromkeys((".warc", ".warc.gz", ".arc", ".arc.gz"), _read_warc),
    ".parquet": _read_parquet,
}


def _reader(path: Path) -> Reader | None:
    name = path.name.lower()
    for suffix in (".warc.gz", ".arc.gz"):
        if name.endswith(suffix):
            return READERS[suffix]
    return READERS.get(path.suffix.lower())


def expand(arg: str) -> Iterator[Path | Input]:
    """The files an argument names (a file, a folder walked recursively, or a glob), in a stable
    order; a reject for an argument that names nothing or a folder that cannot be read."""
    path = Path(arg)
    if path.is_dir():
        problems: list[OSError] = []
        found = 0
        for root, dirs, files in os.walk(path, onerror=problems.append):
            while problems:
                exc = problems.pop()
                found += 1
                yield _unreadable(label(exc.filename or root), exc)
            dirs.sort()
            for name in sorted(files):
                candidate = Path(root) / name
                if _reader(candidate) is not None:   # a folder's other files (notes, images) are not inputs
                    found += 1
                    yield candidate
        for exc in problems:
            found += 1
            yield _unreadable(label(exc.filename or arg), exc)
        if not found:
            yield reject(label(arg), f"a directory with no inputs in it ({', '.join(READERS)})")
        return
    if path.exists() or path.is_symlink():
        yield path
        return
    if glob.has_magic(arg):
        matches = sorted(glob.iglob(arg, recursive=True))
        for m in matches:
            if Path(m).is_dir():
                yield from expand(m)
            else:
                yield Path(m)
        if not matches:
            yield reject(label(arg), "no file matches this pattern")
        return
    yield reject(label(arg), "no such file or folder")


def iter_inputs(args: list[str], *, published: Given | None = None,
                settings: Settings = DEFAULT) -> Iterator[Input]:
    """Every article in the files, folders and globs of `args` ('-' is standard input), as `Input`s.

    Args:
        published: a date given for the run, overriding or filling in the inputs' own (see `Given`).
    """
    run = _Run(published, settings)
    for arg in args:
        if arg == "-":
            data = sys.stdin.buffer.read(settings.max_bytes + 1)
            yield _raw("<stdin>", data, published, path="<stdin>")
            continue
        for found in expand(arg):
            if isinstance(found, Input):
                yield found
                continue
            where = label(found)
            try:
                mode = os.stat(found).st_mode
            except OSError as exc:
                yield _unreadable(where, exc)
                continue
            if not stat.S_ISREG(mode):
                yield reject(where, "not a regular file (a pipe, socket or device)")
                continue
            yield from (_reader(found) or _read_raw)(found, where, run)
