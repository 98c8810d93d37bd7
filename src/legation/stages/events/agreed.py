"""What an agreement or decision in a sentence settles: one act, not an AGREE and the act beside it.

"The EU agreed to ban Russian LNG" is the sanction (a type flagged `decided` in `plover.toml`:
deciding it is doing it), not also an AGREE between the EU and Russia. "Riyadh and Tehran agreed
to restore relations" is the agreement: the restoring is what was agreed, not done yet, so an act
of another kind named after the verb of agreeing in its clause is no act of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol, TypeVar

from ...resources.event_types import EventType


_ADJACENT = 1     # characters between the verb of agreeing and the talks it agrees to (a space)


class _Trigger(Protocol):
    weak: bool
    gap: tuple[str, ...]


class _Act(Protocol):
    type: str
    sentence: int
    start: int
    end: int
    trigger: _Trigger

    @property
    def source(self) -> object: ...

    @property
    def target(self) -> object: ...


A = TypeVar("A", bound=_Act)


def _pair(c: _Act) -> frozenset[str]:
    return frozenset((getattr(c.source, "code", ""), getattr(c.target, "code", "")))


def settled(table: Mapping[str, EventType], out: list[A], idx: int,
                clause_end: Callable[[int], int]) -> list[A]:
    """The acts of sentence `idx` once each agreement has settled what it agreed: an AGREE (a type
    that `plans`) followed in the sentence by a `decided` act of the same two sides gives way to that
    act; an act of another kind (not a meeting, not `decided`) named after the verb of agreeing in
    its clause ("agreed to restore relations") gives way to the AGREE, and so do talks named right after
    it ("agreed to resume talks"). `clause_end` says where the
    clause of the act starting at a position ends."""
    here = [c for c in out if c.sentence == idx and c.type in table]
    plans = [c for c in here if table[c.type].plans]
    if not plans:
        return out
    dropped: set[int] = set()
    for agree in plans:
        pair = _pair(agree)
        later = [c for c in here if c is not agree and c.start >= agree.start and _pair(c) == pair]
        if any(table[c.type].decided for c in later):
            dropped.add(id(agree))
            continue
        end = clause_end(agree.start)
        for c in later:
            info = table[c.type]
            if c.start < end and not (info.decided or info.meeting or info.plans or info.verbal):
                dropped.add(id(c))
            elif info.meeting and not (c.trigger.weak or c.trigger.gap) \
                    and agree.end <= c.start <= agree.end + _ADJACENT:
                # "agreed to resume talks", "договорились возобновить переговоры": the talks named
                # right after the verb of agreeing are what was agreed, not talks held. (A phrase with
                # a gap may reach talks held later in the sentence: "відновити ... після переговорів".)
                dropped.add(id(c))
    return [c for c in out if id(c) not in dropped]
