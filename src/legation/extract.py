"""The public entry points: one article in, one `Document` out."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

from .document import Document
from .errors import InputError
from .pipeline import Pipeline
from .read import read_input, read_path
from .read.published import parse_published
from .settings import DEFAULT, Settings


@cache
def _pipeline(settings: Settings, until: str | None) -> Pipeline:
    return Pipeline(settings=settings, until=until)


def _run(doc: Document, lang: str | None, settings: Settings, until: str | None) -> Document:
    if lang:
        doc.lang, doc.lang_confidence = lang, 1.0
    return _pipeline(settings, until)(doc)


def _published(value: str | dt.date | None) -> dt.date | None:
    try:
        return None if value is None else parse_published(value)
    except ValueError as exc:
        raise InputError("published", str(exc)) from None


def extract(text_or_html: str | bytes, *, published: str | dt.date | None = None, url: str | None = None,
            lang: str | None = None, title: str | None = None, path: str | None = None,
            settings: Settings = DEFAULT, until: str | None = None) -> Document:
    """Read one article (plain text or HTML) and return its `Document`.

    Args:
        text_or_html: the article, as scraped; bytes are decoded.
        published: the date the article was published (a `date` or YYYY-MM-DD); it overrides
            a date the page's metadata states, and relative dates resolve against it.
        url: where the article came from.
        lang: ISO 639-1 code, to skip language identification.
        until: stop after this pipeline stage.

    Raises:
        InputError: the input is empty, binary, too large or too short to be an article, or
            `published` is not a date.
    """
    doc = read_input(text_or_html, path=path, url=url, published=_published(published), title=title,
                     settings=settings)
    return _run(doc, lang, settings, until)


def extract_path(path: str | Path, *, published: str | dt.date | None = None, url: str | None = None,
                 lang: str | None = None, settings: Settings = DEFAULT,
                 until: str | None = None) -> Document:
    """Like `extract`, for a file; a bad file raises `InputError` naming it."""
    doc = read_path(path, published=_published(published), url=url, settings=settings)
    return _run(doc, lang, settings, until)
