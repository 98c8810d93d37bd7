"""Meetings told as to come: "is expected to pay an official visit", "ziyaret gerçekleştirmesi
bekleniyor", "من المقرر أن يزور", "قرار است ... سفر کند", "arrives in Cairo tomorrow". An announced
visit or meeting is an intent to meet (the gold's conventions: "intentions, agreement to meet or visit
later: AGREE"), told on the report's day, not a meeting held. Two signs say so, in any language:

- a word of the language that says the meeting is planned or expected (`planned` in its events.toml
  cues), before the meeting's word in its clause with no other act between, on the meeting's own
  words (a future form: "سيزور"), or right after them (a verb-final language puts its future or
  "is expected" after the noun: "ziyarette bulunacak");
- the meeting's own verb ending in the future (`planned_tails`: "görüşecek");
- the date nearest the meeting's word in its clause lies after the report's day ("tomorrow", "next
  week", a weekday a future verb sends forward)."""

from __future__ import annotations

import bisect
import datetime as dt

from ..dates import DateMention
from .data import Cues
from .detail import Scan, clause, word_end

_AFTER_WORDS = 3        # words between the meeting's word and a planned-word after it
_NO_DATE = ("dateline", "alternate")


def to_come(scan: Scan, cues: Cues, sent: tuple[int, int], start: int, end: int, key_end: int, acts: list[int],
            dates: list[DateMention], starts: list[int], published: dt.date | None) -> bool:
    """Whether the meeting whose word is `[start:end]` (its key word ending at `key_end`) is told as one
    to come. `acts` are the starts of the sentence's other acts' words; `dates` every date the text
    names (`starts`: theirs, in order)."""
    c_start, c_end = clause(scan, sent[0], sent[1], start, end)
    if _doubted(scan, dates, starts, c_start, start):
        return False
    return _planned(scan, c_start, c_end, start, end, acts) or _future_tail(scan, cues, end, key_end) \
        or _dated_ahead(dates, starts, c_start, c_end, start, end, published)


def _doubted(scan: Scan, dates: list[DateMention], starts: list[int], c_start: int, start: int) -> bool:
    """Whether a word of the language's `future` list that is neither a `planned` or `plan` word nor
    part of a date ("may", "could", "if") stands before the meeting's word in its clause: a meeting only
    possible, or on a condition, is not announced."""
    # (A `plan` word, "next", "آینده", is a time to come, as a date is.)
    planned = (scan.cues.get("planned") or []) + (scan.cues.get("plan") or [])
    future = scan.cues.get("future") or []
    near = dates[bisect.bisect_left(starts, c_start):bisect.bisect_left(starts, start)]
    for cue in future[bisect.bisect_left(future, (c_start,)):]:
        if cue.begin >= start:
            break
        if any(p.begin < cue.finish and cue.begin < p.finish for p in planned) \
                or any(d.start < cue.finish and cue.begin < d.end for d in near):
            continue
        return True
    return False


def _future_tail(scan: Scan, cues: Cues, end: int, key_end: int) -> bool:
    """The meeting's own verb ends in the future ("görüşecek", "ziyaret edeceğini")."""
    folded = scan.folded
    return bool(key_end and cues.planned_tails) and \
        folded[key_end:max(end, word_end(folded, end))].startswith(cues.planned_tails)


def _planned(scan: Scan, c_start: int, c_end: int, start: int, end: int, acts: list[int]) -> bool:
    hits = scan.cues.get("planned") or []
    folded = scan.folded
    for cue in hits[bisect.bisect_left(hits, (c_start,)):]:
        if cue.begin >= c_end:
            break
        if cue.begin < end and cue.finish > start:
            return True               # the meeting's own words in the future ("سيزور", "ziyaret edecek")
        if cue.finish <= start:
            if not any(cue.finish <= a < start for a in acts):
                return True           # "من المقرر أن يزور", "قرار است ... سفر کند"
        elif cue.begin >= end and len(folded[end:cue.begin].split()) <= _AFTER_WORDS:
            return True               # "ziyaret gerçekleştirmesi bekleniyor", "سفر خواهد کرد"
    return False


def _dated_ahead(dates: list[DateMention], starts: list[int], c_start: int, c_end: int, start: int, end: int,
                 published: dt.date | None) -> bool:
    if published is None:
        return False
    here = [d for d in dates[bisect.bisect_left(starts, c_start):bisect.bisect_left(starts, c_end)]
            if d.iso and d.kind not in _NO_DATE]
    if not here:
        return False
    nearest = min(here, key=lambda d: start - d.end if d.end <= start else max(0, d.start - end))
    return nearest.iso is not None and nearest.iso > published.isoformat()
