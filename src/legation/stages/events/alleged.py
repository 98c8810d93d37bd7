"""Designs one side says another has ("Sandu said that Russia planned to overthrow the government",
"řekl, že Maďarsko překročilo červenou linii"): an accusation by the one who says it.

A kind flagged `reported` in `plover.toml` names a hostile design (destabilising, overthrowing, a
red line crossed). Told in a report (a language's `reporting` cue before it in its sentence), who
reports it accuses the side named doing it; told with no one reporting it, it is the writer's
account, and no one's act. The sayer is the side named nearest before the reporting word
(subject first) or, with none there, the first side after it (verb first: "قال الرئيس ... إن");
the doer is the side named last before the design, after the reporting word.
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


@cache
def reported_kinds() -> frozenset[str]:
    """`resources/plover.toml`: the kinds of design that are an accusation when someone reports them."""
    return frozenset(name for name, spec in (resources.read("plover.toml").get("kinds") or {}).items()
                     if spec.get("reported"))


def sides(actors: Sequence[S], reports: Sequence[_Cue], sent_start: int, start: int) -> list[tuple[S, S]]:
    """(accuser, accused) for a design told at `start`: none when no report opens it in its sentence."""
    cue = next((c for c in reversed(reports) if sent_start <= c.begin and c.finish <= start), None)
    if cue is None:
        return []
    doer = next((a for a in reversed(actors) if cue.finish <= a.start and a.end <= start), None)
    if doer is None:
        return []
    before = [a for a in actors if sent_start <= a.start and a.end <= cue.begin and a.code != doer.code]
    sayer = before[-1] if before else next(
        (a for a in actors if cue.finish <= a.start and a.end <= doer.start and a.code != doer.code), None)
    return [(sayer, doer)] if sayer is not None else []
