"""When an act happened, from the dates of its sentence: which trigger owns which date, the date
of an act, days that lie ahead of the report, and acts told as background."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Mapping
from typing import cast

from ..dates import DateMention
from .data import Trigger
from .detail import Scan, has_cue

STALE_DAYS = 45              # an explicit date older than this before publication is background


def _nearest(items: list, pos: int) -> object | None:
    return min(items, key=lambda x: abs(x.start - pos), default=None)


_LISTED_DATES_GAP = 3


def date_owners(dates: list[DateMention], hits: list[tuple[int, int, Trigger, int]]) -> dict[int, int]:
    """Which trigger each date of a sentence belongs to: the closest pairs first, one date to a
    trigger and one trigger to a date. "외교부는 21일 [북러가 19일 서명한] 조약에 항의했다": 19 is the
    signing's, so 21 is the protest's. `{date index: trigger start}`."""
    # Dates listed together ("26日、27日", "19일과 21일") are one group with one owner.
    groups: list[list[int]] = []
    for i, d in enumerate(dates):
        if groups and d.start - dates[groups[-1][-1]].end <= _LISTED_DATES_GAP:
            groups[-1].append(i)
        else:
            groups.append([i])

    def gap(g: list[int], h: tuple[int, int, Trigger, int]) -> int:
        s, e = dates[g[0]].start, dates[g[-1]].end
        return h[0] - e if e <= h[0] else max(0, s - h[1])
    pairs = sorted((gap(g, h), n, h[0]) for n, g in enumerate(groups) for h in hits)
    owners: dict[int, int] = {}
    taken: set[int] = set()
    for _, n, start in pairs:
        if groups[n][0] not in owners and start not in taken:
            owners.update((i, start) for i in groups[n])
            taken.add(start)
    return owners


def act_date(dates: list[DateMention], owners: dict[int, int], types: dict[int, str], start: int,
              kind: str) -> DateMention | None:
    """The date of the act whose trigger starts at `start`: the sentence's date it owns, else the
    nearest one that no act of another type owns, else the nearest."""
    if not dates:
        return None                   # most sentences state no date
    own = [d for i, d in enumerate(dates) if owners.get(i) == start]
    if own:
        return cast(DateMention, _nearest(own, start))
    free = [d for i, d in enumerate(dates) if i not in owners or types.get(owners[i]) == kind]
    return cast(DateMention | None, _nearest(free or dates, start))


def ahead(date: DateMention, published: dt.date | None) -> bool:
    """A relative day, a weekday or a day of the month that lies after the report's day."""
    return published is not None and date.kind in ("relative", "weekday", "absolute") \
        and date.precision in ("day", "week") and date.iso is not None and date.iso > published.isoformat()


_TO_COME_DAYS = 2    # a stated day this many days after the report's or fewer may be its own (another clock)


def to_come(date: DateMention, published: dt.date | None) -> bool:
    """A stated day well after the report's ("will meet in Alaska on August 15"): the day of what is
    announced, no act's own; the announcement is dated by its own words or the report."""
    day = parse_day(date.iso) if date.kind == "absolute" and date.precision == "day" else None
    return published is not None and day is not None and (day - published).days > _TO_COME_DAYS


def day_before(dates: list[DateMention], starts: list[int], pos: int, published: dt.date | None) -> DateMention | None:
    """The last day named before `pos` (`starts` are the dates' starts, in order): not the dateline's,
    nor a word for the report's own day ("today", "nun" in a quote), which names no day of an act."""
    for d in reversed(dates[:bisect.bisect_left(starts, pos)]):
        if d.iso and d.precision == "day" and d.kind not in ("dateline", "alternate") \
                and not (d.kind == "relative" and published is not None and d.iso == published.isoformat()):
            return d
    return None


def in_span(dates: list[DateMention], starts: list[int], s: int, e: int) -> list[DateMention]:
    """The dates that start in `[s:e)` (`starts` are their starts, in order)."""
    return dates[bisect.bisect_left(starts, s):bisect.bisect_left(starts, e)]


def sentence_dates(dates: list[DateMention], s: int, e: int, cut: int) -> list[DateMention]:
    return [d for d in dates if s <= d.start < min(e, cut) and d.iso and d.kind not in ("dateline", "alternate")
            and d.precision in ("day", "month")]


def is_background(scan: Scan, sent: tuple[int, int], end: int,
                   date: DateMention | None, published: dt.date | None,
                   years: list[DateMention], months: Mapping[str, int] | None = None) -> bool:
    """An act dated well before publication, in a background clause ("since 2016"), or told in the
    pluperfect with another month named than the report's ("had already expelled two diplomats in
    December"; "earlier in the day he had signed" is the report's own day)."""
    if date is not None and date.iso and published is not None:
        when = dt.date.fromisoformat(date.iso + ("-01" if date.precision == "month" else ""))
        if date.precision == "month":
            return (published.year, published.month) != (when.year, when.month) and \
                (published - when).days > STALE_DAYS
        if (published - when).days > STALE_DAYS or when > published:
            return True
        return False
    if published is not None and any(int(y.iso) < published.year for y in years if y.iso):
        return True                   # "signed a memorandum in 2015"
    if months and published is not None and has_cue(scan, "pluperfect", sent[0], end) is not None:
        hits = scan.cues.get("months") or []
        for hit in hits[bisect.bisect_left(hits, (sent[0],)):]:
            if hit.begin >= sent[1]:
                break
            number = months.get(scan.folded[hit.begin:hit.finish])
            if number is not None and number != published.month:
                return True
    return has_cue(scan, "background", sent[0], end) is not None


def parse_day(iso: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso) if iso and len(iso) == 10 else None
    except ValueError:
        return None


def said_on(dates: list[DateMention], owners: dict[int, int], date: DateMention | None, start: int,
            reported: bool) -> DateMention | None:
    """The date of a verbal act (a threat, an accusation) told in a reported clause ("the minister
    said on Thursday that Russia will pay a high price for Wednesday's attack"): the day it was said,
    the last date before the act that no other act of the sentence owns, not a date after the act,
    which names what the act is about. `reported`: a reporting verb comes before the act."""
    if not reported or date is None or date.start < start:
        return date
    before = [d for i, d in enumerate(dates) if d.start < start and owners.get(i, start) == start]
    return before[-1] if before else date
