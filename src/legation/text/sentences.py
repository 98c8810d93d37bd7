"""The `sentences` stage: sentence boundaries as offsets into the text."""

from __future__ import annotations

import re

from ..document import Document
from ..pipeline import stage
from ..settings import Settings

_BOUNDARY = re.compile(r"[^\n]+?(?:[.!?](?=\s)|\n|$)")


@stage("sentences", requires=("text", "lang"), assigns=("sentences",))
def split(doc: Document, settings: Settings) -> Document:
    out = []
    for m in _BOUNDARY.finditer(doc.text):
        s, e = m.start(), m.end()
        while s < e and doc.text[s].isspace():
            s += 1
        while e > s and doc.text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    doc.sentences = out
    return doc
