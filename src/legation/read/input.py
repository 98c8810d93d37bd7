"""Decode bytes, detect HTML, extract the main text of a page, refuse what is not an article."""

from __future__ import annotations

import re
from pathlib import Path

from ..document import Document, Source
from ..errors import InputError
from ..settings import DEFAULT, Settings
from .decode import decode


_HTML_TAGS = re.compile(r"<(?:!doctype\s+html|html|head|body|div|p|article|section|meta|title|br)\b", re.I)


def looks_like_html(text: str) -> bool:
    """Whether `text` is an HTML page (or fragment) rather than plain text."""
    head = text[:4096]
    return len(_HTML_TAGS.findall(head)) >= 2 or head.lstrip()[:15].lower().startswith(("<!doctype html", "<html"))


def read_input(data: str | bytes, *, path: str | None = None, url: str | None = None,
               published: str | None = None, title: str | None = None,
               settings: Settings = DEFAULT) -> Document:
    """Turn one input (text or HTML, str or bytes) into a `Document` ready for the pipeline."""
    where = path or url or "<input>"
    if isinstance(data, bytes):
        if len(data) > settings.max_bytes:
            raise InputError(where, f"too large ({len(data):,} bytes; the limit is {settings.max_bytes:,})")
        data = decode(data, where)
    elif len(data) > settings.max_bytes:
        raise InputError(where, f"too large ({len(data):,} characters; the limit is {settings.max_bytes:,})")
    if not data.strip():
        raise InputError(where, "empty")
    source = Source(path=path, url=url, title=title, published=published)
    if looks_like_html(data):
        from .html import extract_html

        body, meta = extract_html(data, url=url)
        for key, value in meta.items():
            if getattr(source, key) is None:
                setattr(source, key, value)
        data = body
        if not data.strip():
            raise InputError(where, "HTML page with no article text")
    return Document(raw=data, source=source)


def read_path(path: str | Path, *, published: str | None = None, url: str | None = None,
              settings: Settings = DEFAULT) -> Document:
    """Read one file; missing, unreadable, empty, binary and oversized files raise `InputError`."""
    return read_input(read_file(path, settings), path=str(path), url=url, published=published,
                      settings=settings)


def read_file(path: str | Path, settings: Settings = DEFAULT) -> bytes:
    """The bytes of one input file; a missing, unreadable or oversized file raises `InputError`."""
    p = Path(path)
    where = str(path)
    if not p.exists():
        raise InputError(where, "no such file")
    if p.is_dir():
        raise InputError(where, "is a directory, not a file")
    try:
        size = p.stat().st_size
        if size > settings.max_bytes:
            raise InputError(where, f"too large ({size:,} bytes; the limit is {settings.max_bytes:,})")
        return p.read_bytes()
    except PermissionError:
        raise InputError(where, "permission denied") from None
    except OSError as exc:
        raise InputError(where, f"cannot be read ({exc.strerror or exc})") from None
