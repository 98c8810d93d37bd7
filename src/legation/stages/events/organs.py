"""International organisations and their organs as parties of one event.

An organ and the body it belongs to (`en/orgs.toml` `gives_as`: the Commission and the European
Council of the Union) are one side: "the Commission's president said the EU is ready to help" is no
act of the Commission on the Union, whatever the sentence's words link.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, Protocol, TypeVar

from .._lexicons import gives_as


def own_body(source: str, target: str) -> bool:
    """Whether one side is an organ of the other, or both organs of one body (EC and EU, EC and EUCO)."""
    table = gives_as()
    if source == target:
        return False
    body_s, body_t = table.get(source, source), table.get(target, target)
    return (source in table or target in table) and body_s == body_t


class _Side(Protocol):
    code: str
    kind: str


class _Act(Protocol):
    type: str
    sentence: int
    source: Any
    target: Any


A = TypeVar("A", bound=_Act)


def welcomed_together(cands: list[A], praise: Callable[[str], bool]) -> list[A]:
    """Two receivers of one organisation's act who welcome or thank it together in the next sentence
    ("The European Council granted candidate status to Ukraine and Moldova. Kyiv and Chisinau welcomed
    the decision") support the organisation, each of them; they do not support each other."""
    out: list[A] = []
    for c in cands:
        pair = {getattr(c.source, "code", None), getattr(c.target, "code", None)}
        bodies: dict[str, Any] = {}
        if praise(c.type) and None not in pair:
            before = [p for p in cands if p.sentence == c.sentence - 1 and p.source is not None
                      and p.target is not None]
            # The organisations whose acts of the sentence before reached both of the pair.
            bodies = {p.source.code: p.source for p in before if p.source.kind == "org" and p.target.code in pair
                      and pair <= {q.target.code for q in before if q.source.code == p.source.code}}
        if len(bodies) != 1:
            out.append(c)
            continue
        body = next(iter(bodies.values()))
        out.append(replace(c, target=body))                        # type: ignore[type-var]
        out.append(replace(c, source=c.target, target=body))      # type: ignore[type-var]
    return out
