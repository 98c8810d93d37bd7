"""The `language` stage: which language the body is written in."""

from __future__ import annotations

from ..document import Document
from ..pipeline import stage
from ..settings import Settings


@stage("language", requires=("text",), assigns=("lang",))
def identify(doc: Document, settings: Settings) -> Document:
    if doc.lang is None:
        doc.lang = settings.default_lang or "en"
        doc.lang_confidence = 0.0
    return doc
