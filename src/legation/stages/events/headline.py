"""A headline's topic before a colon ("Ukraine: Italy expels 30 Russian diplomats", "Сирия: ...").

The country or organisation that opens a sentence and is followed at once by a colon names what
the rest is about; when the words after the colon name a party of their own, the topic is no side
of their act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .actors import ActorMention

_LEAD = " \t\n\"'«»“”„‘’-–—"     # what may stand before the topic at a sentence's start
_COLONS = (":", "：")
_SUBJECT_GAP = 1          # words before the subject after the colon ("the", "l'", "президент")


def drop_topic(folded: str, sent_start: int, actors: list[ActorMention]) -> None:
    """Take the colon's topic out of a sentence's `actors` (in text order) when another party follows
    the colon as the subject of its act."""
    first = actors[0]
    if folded[sent_start:first.start].strip(_LEAD):
        return
    after = folded[first.end:first.end + 3]
    gap = len(after) - len(after.lstrip(" "))
    if after[gap:gap + 1] not in _COLONS:
        return
    colon = first.end + gap
    # The act's own subject opens the words after the colon ("Ukraine : l'Italie expulse"); a
    # headline's measures there first ("Corse : couvre-feu prolongé, ...") are the topic's.
    subject = next((a for a in actors if a.start > colon), None)
    if subject is not None and subject.code != first.code \
            and len(folded[colon + 1:subject.start].split()) <= _SUBJECT_GAP:
        actors[:] = [a for a in actors if a.start > colon]


__all__ = ["drop_topic"]
