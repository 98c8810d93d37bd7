"""Dates in other calendars: Solar Hijri (Persian), Hebrew and Hijri (lunar), to ISO dates.

A language lists a calendar's month names in its `dates.toml` (`[calendars.<name>]`, name one
of `CONVERTERS`), with the words that may follow its year ("هـ", "ه‍.ش") and, for a calendar
whose numbers are written in letters (Hebrew "י״ד בכסלו תשפ״ו"), the letters' values and
what a year written without its thousands adds. A day, the month name (after any clitic
prefix of the language) and a year are read on the folded text (so any script's digits are
digits); the conversion is `convertdate`'s. Without a year, the date takes the calendar year
that puts it closest before (or on) the reference date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from math import ceil
from typing import Protocol

from convertdate import gregorian, hebrew, islamic, persian

from .. import resources
from ..text.fold import fold


class Converter(Protocol):
    def from_gregorian(self, year: int, month: int, day: int) -> tuple[int, int, int]: ...
    def to_gregorian(self, year: int, month: int, day: int) -> tuple[int, int, int]: ...


@lru_cache(maxsize=512)
def _nowruz_jd(year: int) -> float:
    """Julian day of 1 Farvardin of a Solar Hijri year: `convertdate`'s astronomical reckoning
    (the March equinox at Tehran's meridian), about 50 ms a call, so once per year."""
    return float(persian.to_jd(year, 1, 1))


class _SolarHijri:
    """`convertdate.persian` with each year's first day computed once: the same dates, day
    arithmetic within a year (months 1-6 have 31 days, 7-11 have 30), as `convertdate` does it."""

    @staticmethod
    def to_gregorian(year: int, month: int, day: int) -> tuple[int, int, int]:
        offset = (month - 1) * 31 if month <= 7 else (month - 1) * 30 + 6
        y, m, d = gregorian.from_jd(_nowruz_jd(year) + offset + day - 1)
        return int(y), int(m), int(d)

    @staticmethod
    def from_gregorian(year: int, month: int, day: int) -> tuple[int, int, int]:
        jd = gregorian.to_jd(year, month, day)
        pyear = year - 621
        while jd < _nowruz_jd(pyear):
            pyear -= 1
        while jd >= _nowruz_jd(pyear + 1):
            pyear += 1
        yday = int(jd - _nowruz_jd(pyear)) + 1
        if yday <= 186:
            pmonth = ceil(yday / 31)
            return pyear, pmonth, yday - (pmonth - 1) * 31
        pmonth = ceil((yday - 6) / 30)
        return pyear, pmonth, yday - (pmonth - 1) * 30 - 6


# Calendar names of dates.toml -> their converter (from_gregorian, to_gregorian).
CONVERTERS: dict[str, Converter] = {"persian": _SolarHijri(), "hebrew": hebrew, "islamic": islamic}
_MARKS = "\"'\u05f3\u05f4\u2019\u201d"          # gershayim and geresh as typed


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    iso: str | None
    precision: str


@dataclass(frozen=True)
class _Reader:
    name: str
    pattern: re.Pattern[str]
    months: dict[str, int]
    letters: dict[str, int]
    year_base: int


@cache
def _readers(lang: str) -> tuple[_Reader, ...]:
    data = resources.load(lang, "dates").get("calendars", {})
    prefixes = resources.load(lang, "morphology").get("inflection", {}).get("prefixes", [])
    out = []
    for name, spec in data.items():
        if name not in CONVERTERS:
            continue
        months = {fold(form): int(num) for num, forms in spec.get("months", {}).items() for form in forms}
        letters = {fold(k): int(v) for k, v in spec.get("letters", {}).items()}
        alt = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
        pre = "|".join(re.escape(fold(p)) for p in sorted(prefixes, key=len, reverse=True))
        era = "|".join(re.escape(fold(e)) for e in sorted(spec.get("era", []), key=len, reverse=True))
        lets = "".join(re.escape(k) for k in letters)
        # A number in letters carries its mark: "י״ד", "תשפ״ו", "ה׳".
        marks = re.escape(_MARKS)
        number = r"\d{1,4}" + (rf"|[{lets}]{{1,4}}[{marks}][{lets}]?" if lets else "")
        pattern = (rf"(?<!\w)(?:(?:{pre})?(?P<day>{number})\s+)?(?:{pre})?(?P<month>{alt})(?!\w)"
                   rf"(?:\s+(?P<year>{number}))?"
                   + (rf"(?:\s*(?P<era>{era})(?!\w))?" if era else ""))
        out.append(_Reader(name, re.compile(pattern), months, letters, int(spec.get("year_base", 0))))
    return tuple(out)


def _number(written: str | None, reader: _Reader, *, year: bool) -> int | None:
    if written is None:
        return None
    if written.isdigit():
        return int(written)
    value = sum(reader.letters.get(ch, 0) for ch in written if ch not in _MARKS)
    if not value:
        return None
    return value + reader.year_base if year and value < 1000 else value


def find(text: str, folded: str, lang: str, ref: dt.date | None) -> list[Found]:
    """Every date of the language's other calendars in `text`."""
    out: list[Found] = []
    for reader in _readers(lang):
        conv = CONVERTERS[reader.name]
        for m in reader.pattern.finditer(folded):
            month = reader.months[m["month"]]
            day = _number(m["day"], reader, year=False)
            year = _number(m["year"], reader, year=True)
            if m["year"] is not None and year is not None and year < 1000 and not reader.year_base:
                year = None          # "15 آذر 12": a count, not a year
            start = m.start("day") if m["day"] is not None and day and 1 <= day <= 30 else m.start("month")
            if start == m.start("month"):
                day = None
            if day is None and year is None:
                continue             # a month name alone is too often a word ("مهر", "رجب")
            end = m.end()
            if year is None:
                end = m.end("month")
                if ref is None:
                    if day is not None:
                        out.append(Found(start, end, None, "day"))
                    continue
                year = _year_before(conv, month, day or 1, ref)
            iso = _iso(conv, year, month, day)
            if iso is not None:
                while end > start and text[end - 1] in " ":
                    end -= 1
                out.append(Found(start, end, iso, "day" if day else "month"))
    return out


def _year_before(conv: Converter, month: int, day: int, ref: dt.date) -> int:
    """The calendar year that puts `month`/`day` closest before or on `ref`."""
    year = conv.from_gregorian(ref.year, ref.month, ref.day)[0]
    for candidate in (year, year - 1):
        try:
            if dt.date(*conv.to_gregorian(candidate, month, day)) <= ref:
                return candidate
        except ValueError:
            continue
    return year - 1


def _iso(conv: Converter, year: int, month: int, day: int | None) -> str | None:
    try:
        if day is None:
            # A month alone: the Gregorian month that holds its middle.
            y, m, _ = conv.to_gregorian(year, month, 15)
            return f"{y:04d}-{m:02d}"
        y, m, d = conv.to_gregorian(year, month, day)
        return dt.date(y, m, d).isoformat()
    except (ValueError, IndexError, TypeError):
        return None
