"""A word inside a body's name is no act: "وزارة" (ministry) reads as "و" + "زار" (and visited) +
"ة", yet "وزارة الخارجية" names a ministry, and nothing was visited."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TypeVar

from .detail import CueHit, Scan

_Hit = TypeVar("_Hit", bound=tuple)


def outside_bodies(scan: Scan, hits: Sequence[_Hit]) -> list[_Hit]:
    """The trigger hits (`(start, end, ...)`) that do not lie wholly inside a national body's name
    (the language's `national_bodies` cue)."""
    bodies: list[CueHit] = scan.cues.get("national_bodies") or []
    if not bodies:
        return list(hits)
    out = []
    for hit in hits:
        i = bisect.bisect_right(bodies, (hit[0], float("inf"))) - 1
        if i >= 0 and bodies[i].begin <= hit[0] and hit[1] <= bodies[i].finish:
            continue
        out.append(hit)
    return out
