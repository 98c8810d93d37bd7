"""The `checks` stage (placeholder until built)."""

from __future__ import annotations

from ..document import Document
from ..pipeline import stage
from ..settings import Settings


@stage("checks", requires=('figures',), assigns=('flags',))
def run(doc: Document, settings: Settings) -> Document:
    return doc
