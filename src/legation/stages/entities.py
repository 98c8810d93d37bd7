"""The `entities` stage (placeholder until built)."""

from __future__ import annotations

from ..document import Document
from ..pipeline import stage
from ..settings import Settings


@stage("entities", requires=('text', 'sentences', 'lang'), assigns=('entities',))
def run(doc: Document, settings: Settings) -> Document:
    return doc
