"""The country an article names most: one count for the stages that need it, with their tie rules."""

from __future__ import annotations

from collections.abc import Iterable


def most_named(named: Iterable[tuple[str, int, int]], *, at_least: int = 1, tie: str = "first") -> str | None:
    """The code named most often among `(code, times, position)` items.

    `at_least`: how often the winner must be named. `tie`: on a tie for the most, "first" gives
    the code named first (lowest position), "none" gives None (an article about two countries
    alike). None when nothing is named."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for code, times, position in named:
        counts[code] = counts.get(code, 0) + times
        first[code] = min(first.get(code, position), position)
    if not counts:
        return None
    best = min(counts, key=lambda c: (-counts[c], first[c]))
    if counts[best] < at_least:
        return None
    if tie == "none" and sum(1 for n in counts.values() if n == counts[best]) > 1:
        return None
    return best
