"""Picking non-overlapping spans of a text in time that grows with the text, not with the spans' count."""

from __future__ import annotations


class Cover:
    """Which characters of a text are taken by the spans chosen so far."""

    def __init__(self, size: int) -> None:
        self._taken = bytearray(size)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any character of `[start:end)` is taken."""
        return self._taken.find(1, start, end) >= 0

    def take(self, start: int, end: int) -> None:
        self._taken[start:end] = b"\x01" * (end - start)
