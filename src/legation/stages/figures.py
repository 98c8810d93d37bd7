"""The `figures` stage (placeholder until built)."""

from __future__ import annotations

from ..document import Document
from ..pipeline import stage
from ..settings import Settings


@stage("figures", requires=('sentences', 'entities', 'dates'), assigns=('figures',))
def run(doc: Document, settings: Settings) -> Document:
    return doc
