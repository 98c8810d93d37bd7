"""Picking non-overlapping spans of a text in time that grows with the text, not with the spans' count."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from operator import itemgetter


class Cover:
    """Which characters of a text are taken by the spans chosen so far."""

    def __init__(self, size: int) -> None:
        self._taken = bytearray(size)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any character of `[start:end)` is taken."""
        return self._taken.find(1, start, end) >= 0

    def take(self, start: int, end: int) -> None:
        self._taken[start:end] = b"\x01" * (end - start)


class TokenAt:
    """Which of a text's tokens (`(start, end)` spans in text order) starts, or ends, at a position.

    Found by bisection: a stage asks this of a few positions per document, where a dict over
    all its tokens cost more to build than all its look-ups together.
    """

    def __init__(self, tokens: Sequence[tuple[int, int]], side: int) -> None:
        self._tokens = tokens
        self._side = side                   # 0: where a token starts, 1: where it ends
        self._key = itemgetter(side)

    def get(self, pos: int) -> int | None:
        """The index of the token that starts (or ends) at `pos`, or None."""
        i = bisect_left(self._tokens, pos, key=self._key)
        return i if i < len(self._tokens) and self._tokens[i][self._side] == pos else None


def starting_at(tokens: Sequence[tuple[int, int]]) -> TokenAt:
    return TokenAt(tokens, 0)


def ending_at(tokens: Sequence[tuple[int, int]]) -> TokenAt:
    return TokenAt(tokens, 1)
