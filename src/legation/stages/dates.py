"""The `dates` stage: every date the text states, resolved to an ISO date.

Finds absolute dates in local forms ("martın 7-də", "18 октября 2024 года",
"Oct. 18", "18.10.2024"), bare years, weekdays and relative words ("dünən",
"накануне", "on Tuesday"), and the dateline at the start of the body. Weekdays
and relative words resolve against `source.published`; a day and month without
a year take the year that puts them closest before (or on) publication.

Result: `doc.layers["dates"]`, a list of `DateMention` sorted by offset, and
`doc.layers["dateline"]` (a `Dateline` or None). A number that is money or a
count ("1990 milyon dollar") is never a year: the figures stage relies on that.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from .. import gazetteer, resources
from ..deadline import check as check_deadline
from ..document import Document
from ..pipeline import stage
from ..settings import Settings
from ..text.fold import MARKS_CLASS, fold, is_unspaced, without_capitals
from ..text.matcher import Hit, Lexicon, morphology
from ..text.spans import Cover
from . import _calendars, dates_lang

MIN_YEAR, MAX_YEAR = 1900, 2100
_CURRENCY_SIGNS = "$€£₽₼₸₺₾¥₴"

# Digits-only forms, the same in every language.
# (Patterns start with the digits, not a look-behind, so the regex engine can skip ahead;
# what may not precede a match is checked by `_free_before`.)
# ISO (2024-10-18) or day.month.year (18.10.2024, 18/10/2024), in one pass.
_NUMERIC_HINT = re.compile(r"\d[-./]\d")
_NUMERIC = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?!\d)|(\d{1,2})[./](\d{1,2})[./](\d{4})(?![\d]|[.,]\d)")
_YEAR = re.compile(r"(1[89]\d\d|20\d\d)(?!\d|[.,]\d)")
_NOT_BEFORE_NUMBER = ".,/-+"
# Around a month word: a day before it ("18", "18.", "4-5", "18-də", "15-oktabr") or after it, and a year
# after it. `{link}` is where a language's linking word may stand ("18 de octubre de 2024").
_DAY_BEFORE = r"(?<![\d.,])(\d{{1,2}})(?:\s*[-–]\s*(\d{{1,2}}))?(?:\.|-?[^\W\d_]{{1,4}}\.?|-)?{link}\s*$"
_DAY_AFTER = r"\.?,?\s*{link}(\d{{1,2}})(?:\s*[-–]\s*(\d{{1,2}}))?(?:-?[^\W\d_]{{1,4}})?(?![\d.,]\d|\d)"
_YEAR_AFTER = r"\.?,?\s*{link}(\d{{4}})(?!\d|[.,]\d)"
_NEXT_WORD = re.compile(rf"[\s\-]*([^\W\d_][\w.{MARKS_CLASS}]*)")
# A dateline: one to three words at the start of a line, then a separator.
# A date in brackets right after another is the same moment on another clock: "15日（日本時間16日）",
# "9 June (10 June Beijing time)". What may stand between the two, and after the second.
# A time of day may stand between the day and its bracket: "15日午後（日本時間16日午前）".
_ALTERNATE_BEFORE = re.compile(r"\s*[^\W\d_]{0,4}\s*[(（]\s*[^\W\d_]{0,8}\s*$")
_ALTERNATE_AFTER = re.compile(r"[^\d()（）\n]{0,16}[)）]")
# A dateline in brackets, as Japanese and Korean agencies write it: "【リマ共同】", "(서울=연합뉴스)".
_BRACKET_DATELINE = re.compile(r"[【\[]([^\W\d_][^\]】\n\d]{0,15})[】\]]|[(（]([^\W\d_][^\W\d_ ]{0,11})\s*=[^)）\n]{1,24}[)）]")
# The agency may stand in brackets between the place and the dash: "MADRİD (AA) - ", "KIEW (dpa) - ".
_DATELINE = re.compile(r"([^\W\d_][^\W\d_'\-]*(?:[ \-][^\W\d_][^\W\d_'\-]*){0,2})"
                       r"((?:\s*\([^()\d\n]{1,16}\))?(?:\s*[,،]\s*|\s+[–—-]\s+|\.\s+))")
_PLACE_WORDS = re.compile(r"[^\W\d_][^\W\d_'\-]*(?:[ \-][^\W\d_][^\W\d_'\-]*){0,2}")


@dataclass(frozen=True)
class DateMention:
    """A date in the text: `text[start:end]`, resolved to `iso` (None when it cannot be)."""

    start: int
    end: int
    iso: str | None
    precision: str          # day | month | year | week
    kind: str               # absolute | relative | weekday | dateline | alternate
    inferred: bool = False  # resolved against a reference read from the text, not `published`
    # A weekday of a week counted from the reference ("上周五", "先週金曜日": last week's Friday):
    # (days to that week, weekday 0..6), so that another reference can place it again.
    week_day: tuple[int, int] | None = None
    # A weekday's way from the reference (see `_weekday`): 0 the latest on or before it.
    way: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "iso": self.iso,
                "precision": self.precision, "kind": self.kind, "inferred": self.inferred}


@dataclass(frozen=True)
class Dateline:
    """The place (and date) that opens the body: "МОСКВА, 15 ноября."."""

    start: int              # the place name's span
    end: int
    place: str
    date: DateMention | None


# --- resources ---------------------------------------------------------------

@dataclass(frozen=True)
class _Calendar:
    words: Lexicon          # month, weekday and relative words
    not_year_after: tuple[str, ...]
    day_before: re.Pattern[str]
    day_after: re.Pattern[str]
    year_after: re.Pattern[str]
    marked: re.Pattern[str] | None = None   # numbers with unit markers: "2026年12月6日", "6日"
    not_weekdays: frozenset[str] = frozenset()  # inflected words that only look like a weekday ("Κυριάκος")
    slashed: re.Pattern[str] | None = None  # day/month after a word that announces it: "ngày 20/6"
    range_end: re.Pattern[str] | None = None    # the rest of a range after its first day: "至7日"
    range_start: re.Pattern[str] | None = None  # a range's first day before its last: "5月5～"
    last_weekday: re.Pattern[str] | None = None  # "last", "прошлую", "dernier": right next to a weekday
    next_weekday: re.Pattern[str] | None = None  # "next", "следующий", "prochain"
    future: re.Pattern[str] | None = None        # "will", "посетит", "wird": before it in its sentence
    future_dates: re.Pattern[str] | None = None  # the same for a day and month only (where `future` is not given)
    year_before: re.Pattern[str] | None = None   # a year before its month: "2023 жылғы маусымда"
    # A start announced: "from 15 May", "с 15 мая", "15 Mayıs'tan itibaren", "15 მაისიდან" (see `_Starting`).
    starting: _Starting | None = None


@dataclass(frozen=True)
class _Starting:
    """The words that make a day and month the start of something (dates.toml `[starting]`): before the
    date ("from", "с", "à partir du"), after it ("itibaren", "から", "से"), or an ending written onto its
    last word ("მაისიდან", "15-től"); `not_after`: words that, right after an `after` word, undo it
    ("15 मई से पहले": before)."""

    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    endings: tuple[str, ...]

    def marks(self, folded: str, start: int, end: int) -> bool:
        """Whether the date at `folded[start:end]` is marked as a start."""
        if self.before is not None and self.before.search(folded, max(0, start - 24), start):
            return True
        if self.after is not None and self.after.match(folded, end):
            return True
        if self.endings:
            stop = end
            while stop < len(folded) and folded[stop].isalpha():
                stop += 1
            return folded[start:stop].endswith(self.endings)
        return False


def _starting(table: dict[str, list[str]] | None) -> _Starting | None:
    """The language's `[starting]` words, compiled; None without any."""
    if not table:
        return None

    def alt(words: list[str] | None) -> str:
        forms = sorted({fold(w) for w in words or () if w.strip()}, key=len, reverse=True)
        return "|".join(re.escape(f) for f in forms)

    before, after, not_after = alt(table.get("before")), alt(table.get("after")), alt(table.get("not_after"))
    # A word written in a script without spaces ("から", "起") ends where it ends; any other at a word's edge.
    edge = r"(?![^\W\d_])"
    after_rx = None
    if after:
        undo = rf"(?!\s*(?:{not_after})(?!\w))" if not_after else ""
        parts = [rf"{re.escape(f)}{'' if is_unspaced(f[-1]) or _hangul(f[-1]) else edge}"
                 for f in sorted({fold(w) for w in table.get("after") or () if w.strip()}, key=len, reverse=True)]
        after_rx = re.compile(rf"[\s'’,]*(?:{'|'.join(parts)}){undo}")
    return _Starting(re.compile(rf"(?<![^\W\d_])(?:{before})[\s\-'’]*$") if before else None, after_rx,
                     tuple(fold(e) for e in table.get("endings") or ()))


def _hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


def _marked_pattern(markers: dict[str, list[str]]) -> re.Pattern[str] | None:
    """Year, month and day as numbers each followed by its marker ("2026年12月6日", "12월 6일")."""
    def alt(name: str) -> str:
        forms = sorted({w.strip() for w in markers.get(name) or () if w.strip()}, key=len, reverse=True)
        return "(?:" + "|".join(map(re.escape, forms)) + ")" if forms else ""
    year, month, day = alt("year"), alt("month"), alt("day")
    if not (month and day):
        return None
    ymd = (rf"(?:(?P<y>1[89]\d\d|20\d\d)\s*{year}\s*)?" if year else "") + \
        rf"(?:(?P<m>\d{{1,2}})\s*{month}\s*)?(?P<d>\d{{1,2}})\s*{day}"
    ym = rf"|(?P<y2>1[89]\d\d|20\d\d)\s*{year}(?:\s*(?P<m2>\d{{1,2}})\s*{month})?" if year else ""
    return re.compile(rf"(?<![\d.,])(?:{ymd}{ym})")


def _range_patterns(markers: dict[str, list[str]]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """A range of days written with markers: what follows its first day ("5日至7日": "至7日") and what
    stands before its last when only that carries the marker ("5月5～7日": "5月5～")."""
    def alt(name: str) -> str:
        forms = sorted({w.strip() for w in markers.get(name) or () if w.strip()}, key=len, reverse=True)
        return "(?:" + "|".join(map(re.escape, forms)) + ")" if forms else ""
    joins, month, day = alt("range"), alt("month"), alt("day")
    if not (joins and month and day):
        return None, None
    end = re.compile(rf"\s*{joins}\s*(?:\d{{1,2}}\s*{month}\s*)?\d{{1,2}}\s*{day}")
    start = re.compile(rf"(?<![\d.,])(?:(?P<m>\d{{1,2}})\s*{month}\s*)?(?P<d>\d{{1,2}})\s*{joins}\s*$")
    return end, start


def _slashed_pattern(words: list[str]) -> re.Pattern[str] | None:
    """A day and month written with a slash after one of `words` ("ngày 20/6", "chiều 20/6"); a
    range of days gives its first ("ngày 19-20/6"); a year may follow ("ngày 20/6/2024")."""
    forms = sorted({fold(w).strip() for w in words if w.strip()}, key=len, reverse=True)
    if not forms:
        return None
    alt = "|".join(map(re.escape, forms))
    return re.compile(rf"(?<![^\W\d_])(?:{alt})\s+(?P<d>\d{{1,2}})(?:\s*[-–]\s*\d{{1,2}})?\s*/\s*(?P<m>\d{{1,2}})"
                      rf"(?:\s*/\s*(?P<y>1[89]\d\d|20\d\d))?(?![\d/])")


def _slashed(folded: str, cal: _Calendar, ref: _Reference) -> list[DateMention]:
    """Dates of `cal.slashed` ("ngày 20/6"), the year from `ref` when none is written."""
    out: list[DateMention] = []
    if cal.slashed is None or "/" not in folded:
        return out
    for m in cal.slashed.finditer(folded):
        day, month = int(m["d"]), int(m["m"])
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        if m["y"]:
            iso = _day_month(day, month, int(m["y"]), None)
            inferred = False
        else:
            iso = ref.day_month(day, month, starting=cal.starting is not None
                                and cal.starting.marks(folded, m.start("d"), m.end()))
            inferred = ref.inferred and iso is not None
        if iso:
            out.append(DateMention(m.start("d"), m.end(), iso, "day", "absolute", inferred))
    return out


def _patterns(links: list[str]) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The day and year patterns of a language whose dates join their parts with `links`."""
    words = "|".join(re.escape(w) for w in sorted({w.strip() for w in links if w.strip()}, key=len, reverse=True))
    before = rf"(?:\s+(?i:{words}))?" if words else ""      # "18 de" + " octubre"
    after = rf"(?:(?i:{words})\s+)?" if words else ""       # "octubre " + "de 2024"
    return (re.compile(_DAY_BEFORE.format(link=before)), re.compile(_DAY_AFTER.format(link=after)),
            re.compile(_YEAR_AFTER.format(link=after)))


@cache
def _calendar(lang: str) -> _Calendar:
    data = resources.load(lang, "dates")
    cased_months = bool(data.get("months_cased", False))
    entries: list[tuple[str, Any, bool]] = []
    markers = data.get("markers") or {}
    for form, month in dates_lang.months(lang).items():
        if markers.get("month") and markers.get("day") and any(ch.isdigit() for ch in form):
            continue                    # "12月" is read by the marked pattern, with its day and year
        entries.append((form, ("month", month), cased_months))
    for form, day in dates_lang.weekdays(lang).items():
        entries.append((form, ("weekday", day), False))
    for form, spec in (data.get("relative") or {}).items():
        if isinstance(spec, dict) and "weekday" in spec:
            entries.append((form, ("week_day", int(spec.get("days", 0)), int(spec["weekday"]) - 1), False))
        elif isinstance(spec, dict):
            entries.append((form, ("relative", int(spec.get("days", 0)), spec.get("precision", "day")), False))
        else:
            entries.append((form, ("relative", int(spec), "day"), False))
    blockers = list(data.get("not_year_after") or [])
    numbers = resources.load(lang, "numbers")
    blockers += list((numbers.get("scales") or {}).keys())
    for forms in (numbers.get("currencies") or {}).values():
        blockers += list(forms)
    stems = tuple(sorted({fold(b).rstrip("*") for b in blockers if b and b[0].isalpha()}))
    return _Calendar(Lexicon(entries, morphology(lang)), stems, *_patterns(list(data.get("links") or [])),
                     _marked_pattern(markers), frozenset(fold(w) for w in data.get("not_weekdays") or ()),
                     _slashed_pattern(list(markers.get("before_day_month") or [])), *_range_patterns(markers),
                     *(_word_pattern(data.get(key)) for key in ("last_weekday", "next_weekday", "future",
                                                                  "future_dates")),
                     _year_before_pattern(data.get("year_before_month")), _starting(data.get("starting")))


def _year_before_pattern(words: list[str] | None) -> re.Pattern[str] | None:
    """A year right before a month word, with a case ending and one of `words` between them
    ("2023 жылғы маусымда", "2017 yılının Kasım ayında", "2022 februárjában"); None when the
    language does not write dates that way."""
    if words is None:
        return None
    forms = sorted({fold(w) for w in words if w.strip()}, key=len, reverse=True)
    between = r"(?:(?:" + "|".join(re.escape(f) for f in forms) + r")\s+)?" if forms else ""
    return re.compile(r"(?<![\d.,])(1[89]\d\d|20\d\d)(?:[-'’]?[^\W\d_]{1,4})?\.?\s+" + between + r"$")


def _word_pattern(words: list[str] | None) -> re.Pattern[str] | None:
    """Any of `words` (folded) as a whole word; None without words."""
    forms = sorted({fold(w) for w in words or () if w.strip()}, key=len, reverse=True)
    if not forms:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")


# --- resolution --------------------------------------------------------------

@dataclass(frozen=True)
class _Reference:
    """What a date without a year (a weekday, "yesterday") is resolved against."""

    date: dt.date | None = None     # the publication date, or the text's latest full date
    year: int | None = None         # only a year the text mentions ("in the first eight months of 2024")
    inferred: bool = False          # read from the text, not from `published`

    def day_only(self, day: int) -> str | None:
        """A day of the month alone ("6日"): the latest such day on or before the reference date (or at
        most `_AHEAD_DAYS` after it)."""
        if self.date is None:
            return None
        latest = self.date + dt.timedelta(days=_AHEAD_DAYS)
        year, month = latest.year, latest.month
        for _ in range(3):
            if day <= 31 and (latest.day >= day or (year, month) != (latest.year, latest.month)):
                iso = _day_month(day, month, year, None)
                if iso is not None:
                    return iso
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        return None

    def day_month(self, day: int, month: int, forward: bool = False, starting: bool = False) -> str | None:
        """A day and month without a year: the latest on or before the reference date, or with
        `forward` (a future word before it: "will visit on 15 May") the earliest on or after it.
        With `starting` (a start announced: "from 15 May", "с 15 мая") the reference's year's: an announced
        start looks forward ("from 15 May" on 2 May is this May's, not last year's), a report of one past
        stays past ("from 15 May" on 20 November is this year's too); but a day more than half a year ahead
        is last year's ("from 28 December" on 2 January), and one in next year's first months, a quarter
        away at most, is next year's ("from 1 January" on 20 November)."""
        if forward and self.date is not None and not self.inferred:
            for y in (self.date.year, self.date.year + 1):
                iso = _day_month(day, month, y, None)
                if iso is not None and iso >= self.date.isoformat():
                    return iso
        if starting and self.date is not None and not self.inferred:
            this = _day_month(day, month, self.date.year, None)
            if this is not None:
                ahead = (dt.date.fromisoformat(this) - self.date).days
                if 0 <= ahead <= _START_AHEAD:
                    return this
                nxt = _day_month(day, month, self.date.year + 1, None)
                if ahead < 0 and nxt is not None and (dt.date.fromisoformat(nxt) - self.date).days <= _NEW_YEAR_AHEAD:
                    return nxt
                if ahead < 0:
                    return this
        if self.date is not None and not self.inferred:
            return _day_month(day, month, None, self.date)
        if self.date is not None:
            # A full date elsewhere in the text may come before or after this one: the closest year.
            options = [_day_month(day, month, y, None) for y in (self.date.year - 1, self.date.year,
                                                                self.date.year + 1)]
            valid = [dt.date.fromisoformat(o) for o in options if o]
            return min(valid, key=lambda d: abs((d - self.date).days)).isoformat() if valid else None
        return _day_month(day, month, self.year, None) if self.year is not None else None

def _parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


# A day a few days after publication is this year's: a dateline on another clock ("MOSKAU, 15. März"
# published at 23:00 UTC on the 14th) or a day ahead, never a day of last year.
_AHEAD_DAYS = 2


def _day_month(day: int, month: int, year: int | None, ref: dt.date | None) -> str | None:
    """ISO date of a day and month; without a year, the latest one on or before `ref` (or at most
    `_AHEAD_DAYS` after it)."""
    if year is None:
        if ref is None:
            return None
        for y in (ref.year + 1, ref.year, ref.year - 1):
            try:
                candidate = dt.date(y, month, day)
            except ValueError:
                continue
            if (candidate - ref).days <= _AHEAD_DAYS:
                return candidate.isoformat()
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


_START_AHEAD = 183      # days at most ahead of publication an announced start ("from 15 May") lies this year
_NEW_YEAR_AHEAD = 92    # ... and into next year ("from 1 January" near the year's end)

# Ways a weekday lies from the reference: the latest on or before it (a report tells of the past),
# strictly before ("last Friday"), the earliest on or after ("will visit on Thursday"), strictly after.
ON_OR_BEFORE, BEFORE, ON_OR_AFTER, AFTER = 0, 1, 2, 3
_MARKER_GAP = 30        # characters looked at beside a weekday for its "last"/"next" word
_FUTURE_BEFORE = 60     # characters before a weekday in which a future word sends it forward
_FUTURE_AFTER = 25      # ... and after it, for a weekday that opens its sentence ("Am Donnerstag wird")
_SENTENCE_END = re.compile(r"[.!?;。！？；\n]")


def _weekday(weekday: int, ref: dt.date | None, way: int = ON_OR_BEFORE) -> str | None:
    """Such a weekday from `ref`, the way `way` says (the latest on or before it by default)."""
    if ref is None:
        return None
    if way in (ON_OR_AFTER, AFTER):
        ahead = (weekday - ref.weekday()) % 7 or (7 if way == AFTER else 0)
        return (ref + dt.timedelta(days=ahead)).isoformat()
    back = (ref.weekday() - weekday) % 7 or (7 if way == BEFORE else 0)
    return (ref - dt.timedelta(days=back)).isoformat()


def _weekday_way(folded: str, start: int, end: int, cal: _Calendar) -> int:
    """Which way the weekday at `folded[start:end]` lies: its "last"/"next" word right next to it,
    else a future word before it in its sentence (or just after it when it opens the sentence)."""
    before = folded[max(0, start - _MARKER_GAP):start]
    after = folded[end:end + _MARKER_GAP]
    for pattern, way in ((cal.last_weekday, BEFORE), (cal.next_weekday, AFTER)):
        if pattern is None:
            continue
        near = [m for m in pattern.finditer(before) if not before[m.end():].strip(" ,")]
        near += [m for m in pattern.finditer(after) if not after[:m.start()].strip(" ,")]
        if near:
            return way
    if cal.future is None:
        return ON_OR_BEFORE
    window = folded[max(0, start - _FUTURE_BEFORE):start]
    cut = [m.end() for m in _SENTENCE_END.finditer(window)]
    own = window[cut[-1]:] if cut else window
    if cal.future.search(own):
        return ON_OR_AFTER
    tail = folded[end:end + _FUTURE_AFTER]
    stop = _SENTENCE_END.search(tail)
    tail = tail[:stop.start()] if stop else tail
    # Opening its sentence, a future word a few words on governs it; elsewhere only the verb right
    # after it ("в пятницу посетит"), not one of a clause that follows ("said Friday X will visit").
    reach = 3 if len(own.split()) <= 2 else 0
    if any(m for m in cal.future.finditer(tail) if len(tail[:m.start()].split()) <= reach):
        return ON_OR_AFTER
    return ON_OR_BEFORE


def _plausible_year(text: str) -> int | None:
    year = int(text)
    return year if MIN_YEAR <= year <= MAX_YEAR else None


# --- finding -----------------------------------------------------------------

def find_dates(text: str, lang: str | None, published: dt.date | None = None,
               folded: str | None = None, *, today: dt.date | None = None) -> list[DateMention]:
    """Every date mention in `text`, longest first where they overlap, sorted by offset.

    Without `published`, dates that need a reference ("martın 7-də", "on Tuesday") are
    resolved against the text's latest full date, else a day and month against the latest
    year the text mentions; such mentions are marked `inferred`. Dates after `today` (the
    clock's date by default) are not a reference: a report does not come from the future.
    """
    folded = fold(text) if folded is None else folded
    cal = _calendar(lang or "en")
    found: list[DateMention] = []
    found += _numeric(folded)      # folded: every script's digits are ASCII there
    if cal.marked is not None:
        found += [d for d, needs_ref in _marked(text, cal, _Reference()) if not needs_ref]
    found += [DateMention(f.start, f.end, f.iso, f.precision, "absolute")
              for f in _calendars.find(text, folded, lang or "en", published)]
    words = [(hit, payload) for hit in _longest(cal.words.find_all(text, folded)) for payload in hit.payloads
             if not (payload[0] == "weekday" and folded[hit.start:hit.end] in cal.not_weekdays)]
    years = _years(text, folded, cal)
    ref = _Reference(published)
    if published is None and (words or cal.marked is not None):
        stated = _resolve(text, folded, words, _Reference(), cal)
        ref = _inferred_reference(found + stated, years, today or dt.date.today())
        if ref.date is None and ref.year is None:
            return _alternates(text, _non_overlapping(found + stated + years))
    if cal.marked is not None:
        found += [d for d, needs_ref in _marked(text, cal, ref) if needs_ref]
    found += _slashed(folded, cal, ref)
    found += _resolve(text, folded, words, ref, cal)
    return _alternates(text, _non_overlapping(found + years))


def _alternates(text: str, found: list[DateMention]) -> list[DateMention]:
    """The dates written in brackets right after another day, as kind "alternate": the same
    moment on another clock ("15日（日本時間16日）"), not a day of its own.
    The alternate's span is the whole bracket, so that the clock's place ("日本時間") is no party."""
    out = found[:1]
    for prev, mention in zip(found, found[1:]):
        opening = _ALTERNATE_BEFORE.fullmatch(text, prev.end, mention.start) \
            if prev.precision == mention.precision == "day" and mention.start - prev.end <= 16 else None
        closing = _ALTERNATE_AFTER.match(text, mention.end) if opening is not None else None
        if opening is not None and closing is not None:
            start = text.index("(" if "(" in opening[0] else "（", prev.end)
            mention = DateMention(start, closing.end(), mention.iso, mention.precision, "alternate",
                                  mention.inferred)
        out.append(mention)
    return out


def _marked(text: str, cal: _Calendar, ref: _Reference) -> list[tuple[DateMention, bool]]:
    """Dates written as numbers with unit markers ("2026年12月6日", "12월 6일", "6日"), each
    with whether it needs `ref` (no year written)."""
    out: list[tuple[DateMention, bool]] = []
    assert cal.marked is not None
    for m in cal.marked.finditer(text):
        check_deadline()
        if m["d"] is not None:
            day, month = int(m["d"]), int(m["m"]) if m["m"] else None
            start, end = m.start(), m.end()
            if out and start < out[-1][0].end:
                continue            # the last day of a range already read
            first = cal.range_start.search(text, max(0, start - 12), start) \
                if cal.range_start is not None and not m["y"] else None
            if first is not None:
                # "5～7日", "5月5～7日": only the range's last day carries the marker; its first dates it.
                day, start = int(first["d"]), first.start()
                month = int(first["m"]) if first["m"] else month
            elif cal.range_end is not None:
                # "5月5日至7日": the range is one date, its first day.
                rest = cal.range_end.match(text, end)
                end = rest.end() if rest is not None else end
            if not 1 <= day <= 31 or month is not None and not 1 <= month <= 12:
                continue
            if m["y"]:
                out.append((DateMention(start, end, _day_month(day, month or 1, int(m["y"]), None)
                                        if month else None, "day", "absolute"), False))
            elif month:
                iso = ref.day_month(day, month, starting=cal.starting is not None
                                    and cal.starting.marks(text, start, end))
                out.append((DateMention(start, end, iso, "day", "absolute", ref.inferred and iso is not None),
                            True))
            else:
                iso = ref.day_only(day)
                out.append((DateMention(start, end, iso, "day", "absolute", ref.inferred and iso is not None),
                            True))
        elif m["m2"]:
            month = int(m["m2"])
            if 1 <= month <= 12:
                out.append((DateMention(m.start(), m.end(), f"{int(m['y2']):04d}-{month:02d}", "month",
                                        "absolute"), False))
        else:
            out.append((DateMention(m.start(), m.end(), m["y2"], "year", "absolute"), False))
    return out


def _resolve(text: str, folded: str, words: list[tuple[Hit, Any]], ref: _Reference,
             cal: _Calendar) -> list[DateMention]:
    out: list[DateMention] = []
    last = None
    for hit, payload in words:
        check_deadline()
        if hit is last:
            continue                  # one reading per word: the first payload that makes a date
        mention = _from_word(text, folded, hit.start, hit.end, payload, ref, cal)
        if mention is None:
            continue
        prev = out[-1] if out else None
        if payload[0] == "weekday" and prev is not None and prev.kind == "relative" and prev.precision == "week" \
                and mention.start - prev.end <= 1 and not text[prev.end:mention.start].strip():
            # "先週金曜日", "지난주 금요일": that week's day, not the latest such day.
            days = _week_days(prev, ref)
            if days is not None:
                out[-1] = _week_day(prev.start, mention.end, days, payload[1], ref)
                last = hit
                continue
        if payload[0] == "weekday" and prev is not None and prev.kind == "relative" and prev.precision == "day" \
                and mention.start - prev.end <= 2 and not text[prev.end:mention.start].strip(" ,"):
            named = _named_day(prev, payload[1], ref)
            if named is not None:
                # "σήμερα Παρασκευή", "hoje, sexta-feira": the weekday says which day "today" was where
                # it was written, though the report is dated the day after.
                out[-1] = DateMention(prev.start, mention.end, named, "day", "relative", prev.inferred)
                last = hit
                continue
        out.append(mention)
        last = hit
    return out


_NAMED_DAY_REACH = 2    # days between a relative day's reading and the weekday written beside it


def _named_day(relative: DateMention, weekday: int, ref: _Reference) -> str | None:
    """The day a relative word names with its weekday beside it: that weekday nearest the relative
    word's reading, when it lies within `_NAMED_DAY_REACH` days of it; else None."""
    read = _parse_iso(relative.iso)
    if read is None:
        return None
    back = (read.weekday() - weekday) % 7
    ahead = (weekday - read.weekday()) % 7
    shift = -back if back <= ahead else ahead
    if abs(shift) > _NAMED_DAY_REACH:
        return None
    return (read + dt.timedelta(days=shift)).isoformat()


def _week_days(mention: DateMention, ref: _Reference) -> int | None:
    """The days from the reference to the week a relative week word names."""
    week = _parse_iso(mention.iso)
    return (week - ref.date).days if week is not None and ref.date is not None else None


def _week_day(start: int, end: int, days: int, weekday: int, ref: _Reference) -> DateMention:
    """The `weekday` of the week `days` from the reference date."""
    iso = _in_week(ref.date, days, weekday) if ref.date is not None else None
    return DateMention(start, end, iso, "day", "relative", ref.inferred and iso is not None, (days, weekday))


def _in_week(ref: dt.date, days: int, weekday: int) -> str:
    day = ref + dt.timedelta(days=days)
    return (day - dt.timedelta(days=day.weekday() - weekday)).isoformat()


def _inferred_reference(stated: list[DateMention], years: list[DateMention], today: dt.date) -> _Reference:
    """The latest full date the text states, else the latest year it mentions (never a future one)."""
    full = [d for d in (_parse_iso(m.iso) for m in stated if m.precision == "day" and not m.inferred
                        and m.kind == "absolute") if d is not None and d <= today]
    if full:
        return _Reference(max(full), inferred=True)
    mentioned = [int(m.iso[:4]) for m in stated + years if m.iso and m.precision in ("year", "month")]
    mentioned = [y for y in mentioned if y <= today.year]
    return _Reference(year=max(mentioned), inferred=True) if mentioned else _Reference()


def _free_before(text: str, pos: int) -> bool:
    """No letter, digit or number punctuation right before `pos` ("12024", "1.2024")."""
    return pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in _NOT_BEFORE_NUMBER)


def _numeric(text: str) -> list[DateMention]:
    out: list[DateMention] = []
    # A digit, a separator and a digit: a quick scan that spares most texts the full pattern.
    if _NUMERIC_HINT.search(text) is None:
        return out
    for m in _NUMERIC.finditer(text):
        if not _free_before(text, m.start()):
            continue
        if m[1] is not None:        # 2024-10-18
            day, month, year = int(m[3]), int(m[2]), _plausible_year(m[1])
        else:                       # 18.10.2024, 18/10/2024
            day, month, year = int(m[4]), int(m[5]), _plausible_year(m[6])
        iso = _day_month(day, month, year, None) if year and 1 <= month <= 12 else None
        if iso:
            out.append(DateMention(m.start(), m.end(), iso, "day", "absolute"))
    return out


def _longest(hits: list[Hit]) -> list[Hit]:
    """Longest non-overlapping hits; on a tie the one with the longer key and shorter
    inflection wins ("pazartesi" is a weekday, not "pazar" + two suffixes)."""
    taken = bytearray(len(hits) and max(h.end for h in hits) + 1)
    chosen = []
    for hit in sorted(hits, key=lambda h: (-h.length, -(h.key_end - h.start), h.start)):
        if taken.find(1, hit.start, hit.end) >= 0:
            continue
        taken[hit.start:hit.end] = b"\x01" * hit.length
        chosen.append(hit)
    return sorted(chosen, key=lambda h: h.start)


def _year_after(text: str, folded: str, pos: int, cal: _Calendar) -> re.Match[str] | None:
    m = cal.year_after.match(folded, pos)
    if m is None or _plausible_year(m[1]) is None or _is_amount(text, folded, m.start(1), m.end(1), cal):
        return None
    return m


def _from_word(text: str, folded: str, start: int, end: int, payload: tuple[Any, ...],
               ref: _Reference, cal: _Calendar) -> DateMention | None:
    kind = payload[0]
    if kind == "weekday":
        way = _weekday_way(folded, start, end, cal)
        iso = _weekday(payload[1], ref.date, way)
        bracket = _DAY_IN_BRACKETS.match(text, end)
        stated = _bracketed_day(int(bracket[1]), payload[1], iso) if bracket is not None else None
        if stated is not None:
            # "na quarta-feira (9)": the day of the month is written after the weekday, in brackets.
            return DateMention(start, bracket.end(), stated, "day", "weekday", ref.inferred, way=way)
        return DateMention(start, end, iso, "day", "weekday",
                           ref.inferred and ref.date is not None, way=way)
    if kind == "week_day":
        return _week_day(start, end, payload[1], payload[2], ref)
    if kind == "relative":
        iso = (ref.date + dt.timedelta(days=payload[1])).isoformat() if ref.date else None
        return DateMention(start, end, iso, payload[2], "relative", ref.inferred and iso is not None)
    month = payload[1]
    while start > 0 and text[start - 1].isalnum():
        start -= 1                   # clitic prefixes written onto the month ("בדצמבר")
    # "18 Ekim'de", "am 18. Oktober 2024": the day comes first.
    before = cal.day_before.search(folded, max(0, start - 14), start)
    if before and before.end() == start and 1 <= int(before[1]) <= 31:
        return _day_date(text, folded, before.start(), end, int(before[1]), month, ref, cal)
    # "October 18, 2024", "martın 7-də", "mayın 2-3-də": the month comes first.
    year_m = _year_after(text, folded, end, cal)
    if year_m is not None:
        return DateMention(start, year_m.end(), f"{int(year_m[1]):04d}-{month:02d}", "month", "absolute")
    after = cal.day_after.match(folded, end)
    if after and 1 <= int(after[1]) <= 31 and after.start() == end:
        return _day_date(text, folded, start, after.end(), int(after[1]), month, ref, cal)
    year_b = cal.year_before.search(folded, max(0, start - 24), start) if cal.year_before else None
    if year_b is not None:
        return DateMention(year_b.start(), end, f"{int(year_b[1]):04d}-{month:02d}", "month", "absolute")
    return None


# A day of the month in brackets right after a weekday ("na quarta-feira (9)", the Brazilian press's way).
_DAY_IN_BRACKETS = re.compile(r"[ \u00a0]?\((\d{1,2})\)")
_BRACKET_MONTHS = 1     # months either side of the weekday's own reading a bracketed day may lie in


def _bracketed_day(day: int, weekday: int, read: str | None) -> str | None:
    """The date of a weekday whose day of the month is written after it in brackets: the day of that
    number nearest the weekday's own reading (`read`, from the reference), one of that weekday where
    one is near; None when the number is no day of the month or nothing is read."""
    near = _parse_iso(read)
    if near is None or not 1 <= day <= 31:
        return None
    options = []
    for shift in range(-_BRACKET_MONTHS, _BRACKET_MONTHS + 1):
        month0 = near.month - 1 + shift
        iso = _day_month(day, month0 % 12 + 1, near.year + month0 // 12, None)
        if iso is not None:
            options.append(dt.date.fromisoformat(iso))
    if not options:
        return None
    best = min(options, key=lambda d: (d.weekday() != weekday, abs((d - near).days)))
    return best.isoformat()


def _day_date(text: str, folded: str, start: int, end: int, day: int, month: int, ref: _Reference,
              cal: _Calendar) -> DateMention:
    """A day and month at `text[start:end]`, with the year written after them or from `ref`."""
    year_m = _year_after(text, folded, end, cal)
    if year_m is not None:
        year = int(year_m[1])
        return DateMention(start, year_m.end(), _day_month(day, month, year, None), "day", "absolute")
    iso = ref.day_month(day, month, _looks_forward(folded, start, end, cal),
                        cal.starting is not None and cal.starting.marks(folded, start, end))
    return DateMention(start, end, iso, "day", "absolute", ref.inferred and iso is not None)


def _looks_forward(folded: str, start: int, end: int, cal: _Calendar) -> bool:
    """Whether a future word before the day and month at `folded[start:end]` in its sentence sends
    it forward ("will meet on August 15")."""
    if cal.future is not None and _weekday_way(folded, start, end, cal) == ON_OR_AFTER:
        return True
    if cal.future_dates is None:
        return False
    window = folded[max(0, start - _FUTURE_BEFORE):start]
    cut = [m.end() for m in _SENTENCE_END.finditer(window)]
    return cal.future_dates.search(window[cut[-1]:] if cut else window) is not None


def _is_amount(text: str, folded: str, start: int, end: int, cal: _Calendar) -> bool:
    """Whether the number at `text[start:end]` is money or a count, not a year."""
    before = start
    while before > 0 and text[before - 1].isspace():
        before -= 1
    prev = text[before - 1:before] if before else ""
    if prev and prev in _CURRENCY_SIGNS:
        return True
    rest = text[end:end + 2].lstrip()
    if rest and (rest[0] in _CURRENCY_SIGNS or rest[0] == "%"):      # ("" is in every string)
        return True
    nxt = _NEXT_WORD.match(folded, end)
    # "1990 milyon dollar": a scale or currency word right after the number
    return bool(nxt and nxt.start(1) - end <= 2 and nxt[1].startswith(cal.not_year_after))


def _years(text: str, folded: str, cal: _Calendar) -> list[DateMention]:
    return [DateMention(m.start(), m.end(), m[1], "year", "absolute")
            for m in _YEAR.finditer(folded)
            if _free_before(text, m.start()) and not _is_amount(text, folded, m.start(), m.end(), cal)]


def _non_overlapping(found: list[DateMention]) -> list[DateMention]:
    chosen: list[DateMention] = []
    taken = Cover(max((d.end for d in found), default=0))
    for mention in sorted(found, key=lambda d: (-(d.end - d.start), d.start)):
        if taken.overlaps(mention.start, mention.end):
            continue
        taken.take(mention.start, mention.end)
        chosen.append(mention)
    return sorted(chosen, key=lambda d: d.start)


def find_dateline(text: str, dates: list[DateMention], *, lines: int = 3) -> Dateline | None:
    """The dateline among the first `lines` non-empty lines: "TACHKENT, 3 juin –", "ANKARA –"."""
    pos = 0
    for _ in range(lines):
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text):
            return None
        b = _BRACKET_DATELINE.match(text, pos)
        if b is not None:
            group = 1 if b[1] is not None else 2
            return Dateline(b.start(group), b.end(group), b[group], None)
        m = _DATELINE.match(text, pos)
        if m is not None:
            place = m[1]
            after = m.end()
            date = next((d for d in dates if after <= d.start <= after + 1), None)
            letters = [c for c in place if c.isalpha()]
            shouting = len(letters) >= 3 and all(c.isupper() for c in letters)
            # The comma may be the Arabic one ("جدة، 19 مايو").
            if shouting or (date is not None and date.kind == "absolute" and ("," in m[2] or "،" in m[2])
                            and _titled(place)):
                if date is not None:
                    date = DateMention(date.start, date.end, date.iso, date.precision, "dateline")
                return Dateline(m.start(1), m.end(1), place, date)
        line = _glued_dateline(text, pos, dates)
        if line is not None:
            return line
        nl = text.find("\n", pos)
        if nl < 0:
            return None
        pos = nl + 1
    return None


def _titled(place: str) -> bool:
    """Every word of a dateline's place opens with a capital, or with a letter of a script without
    capitals ("ბრიუსელი, 14 დეკემბერი", "北京5月3日电"), which titles every word."""
    return all(w[:1].isupper() or without_capitals(w[:1]) or w[:1].lower() == w[:1].upper()
               for w in place.replace("-", " ").split())


def _glued_dateline(text: str, pos: int, dates: list[DateMention]) -> Dateline | None:
    """A place with the day right after it, no comma or dash between: "Praha 17. dubna (ČTK) -",
    "北京5月3日电". The place must be titled (or in a script without capitals) and the date a day."""
    m = _PLACE_WORDS.match(text, pos)
    if m is None:
        return None
    date = next((d for d in dates if m.end() <= d.start <= m.end() + 1), None)
    if date is None or date.kind != "absolute" or date.precision != "day" or date.start == m.end() \
            and not is_unspaced(text[m.end() - 1]):
        return None
    place, start = m[0], m.start()
    if not _titled(place):
        return None
    if gazetteer.city_named(place) is None:
        # Unspaced script: the agency's name may come first, glued to the city ("新华社巴黎5月6日电").
        shift = next((i for i in range(1, len(place) - 1) if is_unspaced(place[i])
                      and gazetteer.city_named(place[i:]) is not None), None) if is_unspaced(place[-1]) else None
        if shift is None:
            return None
        place, start = place[shift:], start + shift
    return Dateline(start, m.end(), place, DateMention(date.start, date.end, date.iso, date.precision,
                                                       "dateline"))


_ANCHOR_DAYS = 7     # a dateline this many days before publication or fewer dates the report's words


def anchored(dates: list[DateMention], line: DateMention, published: dt.date | None) -> list[DateMention]:
    """Weekdays and relative days read against the dateline's day when it is earlier than the
    publication date ("Москва, 8 мая. ... вчера" is 7 May, though published on the 10th): the
    report was written on the dateline's day. So too when it is a day or two later: the dateline
    is on the local clock, the publication date on another ("МОСКВА, 14 марта" published at
    22:00 UTC on the 13th)."""
    anchor = _parse_iso(line.iso) if line.precision == "day" else None
    if anchor is None or published is None or not -_AHEAD_DAYS <= (published - anchor).days <= _ANCHOR_DAYS \
            or anchor == published:
        return dates
    shift = anchor - published
    out = []
    for d in dates:
        day = _parse_iso(d.iso) if d.precision == "day" and d.kind in ("relative", "weekday") else None
        if day is not None and d.week_day is not None:
            d = DateMention(d.start, d.end, _in_week(anchor, *d.week_day), d.precision, d.kind, d.inferred, d.week_day)
        elif day is not None:
            moved = day + shift if d.kind == "relative" else \
                dt.date.fromisoformat(_weekday(day.weekday(), anchor, d.way) or day.isoformat())
            d = DateMention(d.start, d.end, moved.isoformat(), d.precision, d.kind, d.inferred, way=d.way)
        out.append(d)
    return out


def news_day(published: dt.date | None, dateline: Dateline | None) -> dt.date | None:
    """The day the report is of: the publication date, or the dateline's day when that is a day or
    two later (the dateline on the local clock, the publication date on another)."""
    line = _parse_iso(dateline.date.iso) if dateline is not None and dateline.date is not None \
        and dateline.date.precision == "day" else None
    if published is None or line is None:
        return published
    return line if 0 < (line - published).days <= _AHEAD_DAYS else published


@stage("dates", requires=("sentences",), assigns=("dates",))
def run(doc: Document, settings: Settings) -> Document:
    """Fill `doc.layers["dates"]` and `doc.layers["dateline"]`."""
    folded = doc.layers.get("folded")
    if not isinstance(folded, str) or len(folded) != len(doc.text):
        folded = fold(doc.text)
    dates = find_dates(doc.text, doc.lang, doc.source.published, folded)
    dateline = find_dateline(doc.text, dates)
    if dateline is not None and dateline.date is not None:
        dates = [dateline.date if (d.start, d.end) == (dateline.date.start, dateline.date.end) else d
                 for d in dates]
        dates = anchored(dates, dateline.date, doc.source.published)
    doc.layers["dates"] = dates
    doc.layers["dateline"] = dateline
    return doc
