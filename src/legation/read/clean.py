"""The `clean` stage: drop boilerplate lines, keep the body and its headline."""

from __future__ import annotations

from ..document import Document
from ..errors import InputError
from ..pipeline import stage
from ..settings import Settings


@stage("clean", requires=("raw",), assigns=("text", "removed"))
def clean(doc: Document, settings: Settings) -> Document:
    doc.text = doc.raw.strip()
    if len(doc.text) < settings.min_chars:
        raise InputError(doc.source.path or doc.source.url or "<input>",
                         f"too short to be an article ({len(doc.text)} characters)")
    return doc
