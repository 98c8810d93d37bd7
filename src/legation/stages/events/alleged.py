"""Designs one side says another has ("Sandu said that Russia planned to overthrow the government",
"řekl, že Maďarsko překročilo červenou linii"): an accusation by the one who says it.

A kind flagged `reported` in `plover.toml` names a hostile design (destabilising, overthrowing, a
red line crossed). Told in a report (a language's `reporting` cue before it in its sentence), who
reports it accuses the side named doing it; told with no one reporting it, it is the writer's
account, and no one's act. The sayer is the side named nearest before the reporting word
(subject first) or, with none there, the first side after it (verb first: "قال الرئيس ... إن");
the doer is the first other side named after the reporting word, close before the design in its
clause.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Protocol, TypeVar

from ... import resources


class _Side(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def code(self) -> str: ...


class _Cue(Protocol):
    @property
    def begin(self) -> int: ...

    @property
    def finish(self) -> int: ...


S = TypeVar("S", bound=_Side)

_DOER_WORDS = 4     # words at most from the side named doing it to the design ("that Russia was planning to overthrow")


@cache
def reported_kinds() -> frozenset[str]:
    """`resources/plover.toml`: the kinds of design that are an accusation when someone reports them."""
    return frozenset(name for name, spec in (resources.read("plover.toml").get("kinds") or {}).items()
                     if spec.get("reported"))


def sides(actors: Sequence[S], reports: Sequence[_Cue], sent_start: int, start: int, text: str) -> list[tuple[S, S]]:
    """(accuser, accused) for a design told at `start` in `text`: none when no report opens it in its
    sentence, or when no side is named doing it, close before it in its clause (`_DOER_WORDS`)."""
    cue = next((c for c in reversed(reports) if sent_start <= c.begin and c.finish <= start), None)
    if cue is None:
        return []
    before = [a for a in actors if sent_start <= a.start and a.end <= cue.begin]
    after = [a for a in actors if cue.finish <= a.start and a.end <= start]
    sayer = before[-1] if before else (after[0] if after else None)
    if sayer is None:
        return []
    # The doer is the first other side the report names, close before the design: in "announced that it
    # will withdraw from Chad unless President X arranged a ceasefire with rebels fighting to topple his
    # government" the design is no part of what was announced.
    doer = next((a for a in after if a.code != sayer.code), None)
    if doer is None or len(text[doer.end:start].split()) > _DOER_WORDS or any(ch in text[doer.end:start] for ch in ",;"):
        return []
    return [(sayer, doer)]
