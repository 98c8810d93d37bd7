"""Cut article text into highlighted segments, without ever producing HTML.

Article text is untrusted (scraped pages carry markup and scripts), so the web
layer never splices tags into it. Instead the text is cut at every span
boundary into `Segment`s, each carrying its plain text and the kinds of the
spans covering it; the template writes each segment's text through Jinja's
autoescape. Overlapping spans (an entity inside an event's evidence sentence)
are handled by the cut: a segment lists every span that covers it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Mark:
    """A span of text to highlight: `text[start:end]`, its kind, a hover note and an optional link."""

    start: int
    end: int
    kind: str                 # css-safe word: entity, event, figure, flag, evidence, ...
    note: str = ""
    href: str | None = None


@dataclass
class Segment:
    """A run of text covered by the same set of marks."""

    text: str
    kinds: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    href: str | None = None

    @property
    def css(self) -> str:
        """Space-separated class names, one per kind covering the segment."""
        return " ".join(f"hl-{k}" for k in self.kinds)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "kinds": list(self.kinds), "notes": list(self.notes), "href": self.href}


def segments(text: str, marks: Iterable[Mark]) -> list[Segment]:
    """Cut `text` at every mark boundary.

    Marks outside the text or empty are ignored, so offsets from an older
    record never raise. Where marks nest, the innermost (shortest) mark's link wins.
    """
    n = len(text)
    kept = [m for m in marks if 0 <= m.start < m.end <= n]
    if not kept:
        return [Segment(text)] if text else []
    cuts = sorted({0, n, *(m.start for m in kept), *(m.end for m in kept)})
    # Sweep: marks sorted by start enter the active set; they leave when passed.
    kept.sort(key=lambda m: (m.start, -m.end))
    out: list[Segment] = []
    active: list[Mark] = []
    i = 0
    for a, b in zip(cuts, cuts[1:]):
        while i < len(kept) and kept[i].start <= a:
            active.append(kept[i])
            i += 1
        active = [m for m in active if m.end > a]
        covering = sorted(active, key=lambda m: m.end - m.start, reverse=True)
        kinds: list[str] = []
        notes: list[str] = []
        for m in covering:
            if m.kind not in kinds:
                kinds.append(m.kind)
            if m.note and m.note not in notes:
                notes.append(m.note)
        href = next((m.href for m in reversed(covering) if m.href), None)
        out.append(Segment(text[a:b], kinds, notes, href))
    return out


def window(text: str, start: int, end: int, context: int = 0) -> tuple[int, int]:
    """A span widened by `context` characters on each side, clipped to the text."""
    return max(0, start - context), min(len(text), end + context)
