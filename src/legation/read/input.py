"""Decode bytes, detect HTML, extract the main text of a page, refuse what is not an article."""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
from pathlib import Path

from ..document import Document, Source
from ..errors import InputError
from ..settings import DEFAULT, Settings
from .decode import decode
from .published import parse_published


_HTML_TAGS = re.compile(r"<(?:!doctype\s+html|html|head|body|div|p|article|section|meta|title|br)\b", re.I)
# Characters that change how text is shown but are not part of any word: bidi embeddings,
# overrides, isolates and marks, zero-width space, word joiner, byte-order mark, soft hyphen.
# Placed inside a name ("Ka\u200bzakhstan") they hide it from every matcher, so they go at
# reading, before `raw`: every offset into `raw` and `text` is counted without them.
# (Zero-width joiner and non-joiner stay: they are part of how some scripts are spelt.)
_INVISIBLE = re.compile("[\u00ad\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")


def looks_like_html(text: str) -> bool:
    """Whether `text` is an HTML page (or fragment) rather than plain text."""
    head = text[:4096]
    return len(_HTML_TAGS.findall(head)) >= 2 or head.lstrip()[:15].lower().startswith(("<!doctype html", "<html"))


def read_input(data: str | bytes, *, path: str | None = None, url: str | None = None,
               published: dt.date | None = None, title: str | None = None,
               published_default: dt.date | None = None, settings: Settings = DEFAULT) -> Document:
    """Turn one input (text or HTML, str or bytes) into a `Document` ready for the pipeline.

    The publication date is `published`, else the page's metadata, else `published_default`.
    """
    where = path or url or "<input>"
    if isinstance(data, bytes):
        if len(data) > settings.max_bytes:
            raise InputError(where, f"too large ({len(data):,} bytes; the limit is {settings.max_bytes:,})")
        data = decode(data, where)
    elif len(data) > settings.max_bytes:
        raise InputError(where, f"too large ({len(data):,} characters; the limit is {settings.max_bytes:,})")
    data = _INVISIBLE.sub("", data)
    if not data.strip():
        raise InputError(where, "empty")
    source = Source(path=path, url=url, title=title, published=published)
    if looks_like_html(data):
        from .html import extract_html

        body, meta = extract_html(data, url=url)
        if source.published is None and meta["published"]:
            try:
                source.published = parse_published(meta["published"])
            except ValueError:
                pass            # a page's own metadata may be wrong; it only fills a gap
        for key in ("title", "url", "site"):
            if getattr(source, key) is None:
                setattr(source, key, meta[key])
        data = body
        if not data.strip():
            raise InputError(where, meta.get("why") or "HTML page with no article text")
    if source.published is None:
        source.published = published_default
    return Document(raw=data, source=source)


def read_path(path: str | Path, *, published: dt.date | None = None, url: str | None = None,
              settings: Settings = DEFAULT) -> Document:
    """Read one file; missing, unreadable, empty, binary and oversized files raise `InputError`."""
    return read_input(read_file(path, settings), path=str(path), url=url, published=published,
                      settings=settings)


def read_file(path: str | Path, settings: Settings = DEFAULT) -> bytes:
    """The bytes of one input file; a missing, unreadable, oversized or special file raises `InputError`."""
    where = str(path)
    try:
        # Opened without blocking and checked on the open descriptor: a FIFO would otherwise
        # wait for a writer forever, and a file swapped after a check would still be read.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise InputError(where, "no such file") from None
    except PermissionError:
        raise InputError(where, "permission denied") from None
    except IsADirectoryError:
        raise InputError(where, "is a directory, not a file") from None
    except OSError as exc:
        raise InputError(where, f"cannot be read ({exc.strerror or exc})") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(where, "is a directory, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(where, "not a regular file (a pipe, socket or device)")
        if info.st_size > settings.max_bytes:
            raise InputError(where, f"too large ({info.st_size:,} bytes; the limit is {settings.max_bytes:,})")
        with os.fdopen(fd, "rb", closefd=True) as fh:
            fd = -1
            return fh.read(settings.max_bytes + 1)
    except OSError as exc:
        raise InputError(where, f"cannot be read ({exc.strerror or exc})") from None
    finally:
        if fd >= 0:
            os.close(fd)
