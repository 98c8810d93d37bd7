"""The `dates` stage (placeholder until built)."""

from __future__ import annotations

from ..document import Document
from ..pipeline import stage
from ..settings import Settings


@stage("dates", requires=('sentences',), assigns=('dates',))
def run(doc: Document, settings: Settings) -> Document:
    return doc
