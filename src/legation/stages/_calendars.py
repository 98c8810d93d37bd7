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
from functools import cache
from types import ModuleType

from convertdate import hebrew, islamic, persian

from .. import resources
from ..text.fold import fold

# Calendar names of dates.toml -> their converter (from_gregorian, to_gregorian, month_length).
CONVERTERS: dict[str, ModuleType] = {"persian": persian, "hebrew": hebrew, "islamic": islamic}
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


def _year_before(conv: ModuleType, month: int, day: int, ref: dt.date) -> int:
    """The calendar year that puts `month`/`day` closest before or on `ref`."""
    year = conv.from_gregorian(ref.year, ref.month, ref.day)[0]
    for candidate in (year, year - 1):
        try:
            if dt.date(*conv.to_gregorian(candidate, month, day)) <= ref:
                return candidate
        except ValueError:
            continue
    return year - 1


def _iso(conv: ModuleType, year: int, month: int, day: int | None) -> str | None:
    try:
        if day is None:
            # A month alone: the Gregorian month that holds its middle.
            y, m, _ = conv.to_gregorian(year, month, 15)
            return f"{y:04d}-{m:02d}"
        y, m, d = conv.to_gregorian(year, month, day)
        return dt.date(y, m, d).isoformat()
    except (ValueError, IndexError, TypeError):
        return None
