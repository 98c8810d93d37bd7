"""The `events` stage (placeholder until built)."""

from __future__ import annotations

from ..document import Document
from ..pipeline import stage
from ..settings import Settings


@stage("events", requires=('entities', 'people', 'dates'), assigns=('events',))
def run(doc: Document, settings: Settings) -> Document:
    return doc
