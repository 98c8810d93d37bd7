"""The story's day: a sentence that names no date of its own goes on telling the occasion of the
nearest earlier sentence that names one. "Fidan arrived in Athens yesterday. During the talks the
two ministers signed a memorandum" is yesterday's signing, not the report's; so is what follows
a dated sentence that tells no act ("The summit opened in Nairobi on Monday. France and Kenya
signed ..."). A sentence with a date of its own opens its own time ("Next week ...", "In March
...", another day) and a later undated one continues that: when that date is no recent day (a
month, a year, days to come), the story's day is not known and the scene's day stays."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..dates import DateMention
from . import timing
from .actors import PlaceMention, SentenceParties, split_party

_RECENT_DAYS = 7     # a day this many days before the report's or fewer is the story's (a weekday reaches 6)
_NO_DATE = ("dateline", "alternate")    # a dateline dates the report; an alternate reading is no date word


@dataclass(frozen=True)
class StoryDay:
    iso: str                      # the day the dated sentence names
    sentence: int                 # that sentence
    codes: frozenset[str]         # the countries and organisations it names
    place: PlaceMention | None    # where it says the occasion is ("opened in Samarkand", "diverted to Minsk")

    def names(self, code: str) -> bool:
        """Whether the dated sentence names the party `code` (a sector's, "BLR:OPP", is its country's)."""
        return split_party(code)[0] in self.codes


class Story:
    """Which sentences name a date of their own, and the day each names, read once per article from
    `words`, every date the text names (the dates stage's layer). A word for the report's own day
    ("today", "nun") names no occasion of its own (`timing.day_before`); a day, month or year to
    come is an announcement's, made on the report's day."""

    def __init__(self, sentences: list[tuple[int, int]], words: Iterable[DateMention],
                 published: dt.date | None) -> None:
        self._starts = [s for s, _ in sentences]
        self._sentences = sentences
        self._published = published
        today = published.isoformat() if published is not None else None
        found: dict[int, set[str | None]] = {}
        for d in words:
            n = self._of(d.start)
            if n is None or d.kind in _NO_DATE or not d.iso or d.kind == "relative" and d.iso == today:
                continue
            day = today if today is not None and d.iso > today else d.iso if d.precision == "day" else None
            found.setdefault(n, set()).add(day)
        self._dated = sorted(found)
        # The one recent day each dated sentence names (None: none, or two; a month, a year, a day long past).
        self._days: dict[int, str | None] = {n: self._recent(days) for n, days in found.items()}

    def _of(self, pos: int) -> int | None:
        i = bisect.bisect_right(self._starts, pos) - 1
        return i if i >= 0 and pos < self._sentences[i][1] else None

    def _recent(self, days: set[str | None]) -> str | None:
        if len(days) != 1 or self._published is None:
            return None               # two days named: no one occasion
        day = timing.parse_day(next(iter(days)))
        return day.isoformat() if day is not None and 0 <= (self._published - day).days <= _RECENT_DAYS else None

    def scenes(self) -> set[int]:
        """The sentences whose day a later sentence may go on telling."""
        return {n for n, day in self._days.items() if day is not None}

    def continued(self, idx: int, after: int | None, parties: Sequence[SentenceParties]) -> StoryDay | None:
        """The day sentence `idx` goes on telling: that of the nearest earlier sentence with a date
        of its own, when that sentence comes after `after` (the sentence that set the scene's day,
        which then holds) and names one recent day; None for a sentence with a date of its own.
        `parties` are the sentences' actors and places (those of `scenes()` filled)."""
        if idx in self._days:
            return None
        i = bisect.bisect_left(self._dated, idx) - 1
        if i < 0 or after is not None and self._dated[i] <= after:
            return None
        n = self._dated[i]
        iso = self._days[n]
        if iso is None:
            return None               # another time, not known here: the scene's day stays
        here = parties[n]
        return StoryDay(iso, n, frozenset(split_party(a.code)[0] for a in here.actors),
                        next((p for p in here.places if p.locative or p.destination), None))
