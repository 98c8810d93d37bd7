"""A state named by what it is ("the Kingdom", "المملكة", "le Royaume") after its name was given.

News from a monarchy calls it "the Kingdom" once its name is known: the word alone is a mention of
the last kingdom the article named before it (`names.toml` `kingdom_words`; the kingdoms are the
English file's `kingdoms`). A word that opens a longer name ("the Kingdom of Tonga", "Royaume-Uni")
is that name's, and with no kingdom named before it the word is no one's.
"""

from __future__ import annotations

import re
from functools import cache

from .. import resources
from ..document import Entity, Mention
from ..text.fold import fold

_NAME_AFTER_CHARS = 6      # "the Kingdom | of | Tonga": a name right after the word completes it
_JOINERS = "-‐‑"            # "Royaume-Uni": a hyphen makes the word part of a longer name


@cache
def _words(lang: str) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    words = resources.load(lang, "names").get("kingdom_words") or []
    kingdoms = frozenset(resources.load("en", "names").get("kingdoms") or ())
    if not words:
        return None, kingdoms
    folded = sorted({fold(w) for w in words}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, folded)) + r")(?!\w)"), kingdoms


def add_back_references(text: str, folded: str, lang: str, entities: list[Entity]) -> None:
    """Add to each kingdom's entity the mentions of the language's word for "the Kingdom" that
    refer back to it (the last kingdom named before the word)."""
    pattern, kingdoms = _words(lang)
    if pattern is None or not kingdoms:
        return
    named = sorted((m.start, m.end, e) for e in entities if e.kind in ("country", "org", "place")
                   for m in e.mentions)
    for hit in pattern.finditer(folded):
        start, end = hit.start(), hit.end()
        if end < len(text) and text[end] in _JOINERS:
            continue
        if any(s < end and start < e for s, e, _ in named):
            continue                      # inside a name ("United Kingdom", "المملكة العربية السعودية")
        if any(end <= s <= end + _NAME_AFTER_CHARS for s, _, _ in named):
            continue                      # "the Kingdom of Tonga": the name after it is the mention
        before = [ent for s, _, ent in named if s < start and ent.kind == "country" and ent.code in kingdoms]
        if not before:
            continue
        kingdom = before[-1]
        kingdom.mentions.append(Mention(start, end, text[start:end]))
        kingdom.mentions.sort(key=lambda m: m.start)


__all__ = ["add_back_references"]
