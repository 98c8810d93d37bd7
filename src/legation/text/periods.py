"""Reading periods: years, months, "the first five months of 2021", "last year".

Patterns come from `resources/<lang>/periods.toml` with placeholders for a count,
a year and month names; they compile into one regex per language (cached). Years
written alone come from the number reader (`Quantity.kind == "year"`), so a year
glued to its suffix ("2023-cü ildə", "2024'te") and an impossible one ("817.4-cü
ildə") are both seen.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from .. import resources
from .fold import fold
from .first_chars import first_class
from .fold import UNSPACED_CLASS
from .numbers import AFTER_WORD, YEAR, Quantity, alternation, parse_numeral, phrase_lookup, phrase_table

# A period stands apart from the letters around it, except those of a script without spaces.
_BEFORE_WORD = r"(?:(?<=[%s])|(?![^\W%s]))" % (UNSPACED_CLASS, UNSPACED_CLASS)


@dataclass(frozen=True)
class PeriodMention:
    """A stated period.

    Attributes:
        start, end: offsets into the text.
        kind: months_to | month_range | month | quarter | half | year | same_period | cumulative,
            total ("in total": the period's own total, a sum over years only when no period is in sight),
            none ("for the first time since 2015": a rank, no period; it keeps "since 2015" from being read),
            or year_range ("2021–2023") and month_year_range ("December 2023 – February 2024").
        year: the year as written (may be impossible: 817.4), or None when relative/unstated.
        rel: the year relative to publication (-1: last year), when written that way.
        months: (first, last) month, or None for a whole year.
        year2: the last year of a range over years, else None.
    """

    start: int
    end: int
    written: str
    kind: str
    year: float | None
    rel: int | None
    months: tuple[int, int] | None
    year_written: str | None = None
    year2: int | None = None

    def resolve(self, published_year: int | None, published_month: int | None = None) -> str | None:
        """The period as `YYYY`, `YYYY-MM`, `YYYY-MM/YYYY-MM` or `YYYY/YYYY`; None when it cannot be told."""
        if self.kind == "fiscal_year":
            return self._fiscal(published_year, published_month)
        year: float | None = self.year
        if year is None and self.rel is not None and published_year is not None:
            year = published_year + self.rel
        if self.kind in ("cumulative", "total"):
            return "cumulative"
        if year is None or year != int(year):
            return None
        if self.year2 is not None:
            # A range over years carries both ends: "2021/2023", "2023-12/2024-02".
            if self.months is None:
                return f"{int(year):04d}/{self.year2:04d}"
            return f"{int(year):04d}-{self.months[0]:02d}/{self.year2:04d}-{self.months[1]:02d}"
        return period_string(int(year), self.months)


    def _fiscal(self, published_year: int | None, published_month: int | None) -> str | None:
        """"Last fiscal year" counted from the fiscal year publication falls in (the month unknown: the
        one that started in the publication year)."""
        if published_year is None or self.rel is None or self.months is None:
            return None
        first, last = self.months
        start = (published_year if (published_month or 12) >= first else published_year - 1) + self.rel
        return f"{start:04d}-{first:02d}/{start + 1:04d}-{last:02d}" if first > 1 else f"{start:04d}"


def period_string(year: int, months: tuple[int, int] | None) -> str:
    """`2024`, `2024-03`, or `2024-01/2024-08`."""
    if months is None:
        return f"{year:04d}"
    a, b = months
    if a == b:
        return f"{year:04d}-{a:02d}"
    return f"{year:04d}-{a:02d}/{year:04d}-{b:02d}"


def shift_period(period: str, years: int) -> str:
    """The same months `years` years earlier or later."""
    return re.sub(r"\d{4}", lambda m: f"{int(m.group()) + years:04d}", period)


@dataclass(frozen=True)
class _PeriodReader:
    regex: re.Pattern[str] | None
    kinds: tuple[tuple[str, int | None, int | None], ...]     # kind, relative year, a fiscal year's first month
    months: tuple[tuple[re.Pattern[str], int], ...]
    words: tuple[tuple[re.Pattern[str], float], ...]
    ordinals: tuple[tuple[re.Pattern[str], int], ...]


# Months covered by the n-th quarter or half of a year.
_SPANS = {"quarter": 3, "half": 6}


@cache
def _period_reader(lang: str) -> _PeriodReader:
    data = resources.load(lang, "periods")
    numbers = resources.load(lang, "numbers")
    month_alt = alternation(list(data.get("months", {})))
    words = {k: float(v) for k, v in numbers.get("words", {}).items()}
    year_mark = "|".join(numbers.get("years", {}).get("after", [])) or r"(?!x)x"
    ordinals = {k: int(v) for k, v in data.get("ordinals", {}).items()}
    ord_alt = alternation(list(ordinals))
    parts, kinds = [], []
    for i, pat in enumerate(data.get("pattern", [])):
        fill = {
            "N": rf"\d{{1,2}}|{alternation(list(words))}",
            "ORD": rf"[1-4](?:-?[a-zа-яəüöçşğıі.]{{0,4}})?(?!\d)|{ord_alt}",
            "YEAR": r"\d{4}", "YEAR2": r"\d{4}", "MONTH2": month_alt, "MONTH": month_alt,
        }
        letter = {"N": "n", "ORD": "o", "YEAR": "y", "YEAR2": "z", "MONTH2": "b", "MONTH": "a"}
        seen: list[int] = [0]

        def place(m: re.Match[str], i: int = i, seen: list[int] = seen) -> str:
            # One pattern may name a placeholder in several alternatives: each gets its own group.
            seen[0] += 1
            name = m.group(1)
            group = rf"(?P<{letter[name]}{i}x{seen[0]}>{fill[name]})"
            return group + (rf"(?:{year_mark})?" if name in ("YEAR", "YEAR2") else "")

        body = re.sub(r"\{(N|ORD|YEAR2|YEAR|MONTH2|MONTH)\}", place, pat["re"])
        # The look-behind of a word's start is the whole pattern's (below); a look-ahead on the
        # characters the alternative can start with skips it at once where it cannot match.
        first_i = first_class(body)
        parts.append((rf"(?={first_i})" if first_i else "") + rf"(?P<p{i}>(?:{body}){_BEFORE_WORD})")
        kinds.append((pat["kind"], pat.get("rel"), pat.get("from_month")))
    # Every period starts a word: rejecting other positions first keeps the scan cheap; then a
    # word that starts with no alternative's first character (same matches, a quarter faster).
    alternatives = r"(?:" + "|".join(parts) + ")"
    first = first_class(alternatives) if parts else None
    regex = re.compile(AFTER_WORD + r"(?=\w)" + (rf"(?={first})" if first else "") + alternatives) \
        if parts else None
    return _PeriodReader(regex, tuple(kinds), phrase_table(data.get("months", {})), phrase_table(words),
                         phrase_table(ordinals))


def _ordinal(r: _PeriodReader, written: str | None) -> int | None:
    if not written:
        return None
    if written[0].isdigit():
        return int(written[0])
    value = phrase_lookup(r.ordinals, written)
    return int(value) if value else None


def read_periods(text: str, lang: str, quantities: list[Quantity], folded: str | None = None,
                 spans: list[tuple[int, int]] | None = None) -> list[PeriodMention]:
    """Every period stated in `text` (or only within `spans`), left to right; years come from `quantities`."""
    r = _period_reader(lang)
    folded = fold(text) if folded is None else folded
    out: list[PeriodMention] = []
    matches: list[re.Match[str]] = []
    if r.regex is not None:
        for a, b in spans if spans is not None else [(0, len(folded))]:
            matches.extend(r.regex.finditer(folded, a, b))
    if matches:
        for m in matches:
            i = int(m.lastgroup[1:]) if m.lastgroup and m.lastgroup.startswith("p") else -1
            if i < 0:
                continue
            kind, rel, first_month = r.kinds[i]
            groups = {}
            for name, value in m.groupdict().items():
                if value is not None and name[0] != "p":
                    head, _, _ = name.partition("x")
                    groups.setdefault(head, value)
            year_s = groups.get(f"y{i}")
            year = float(year_s) if year_s else None
            months: tuple[int, int] | None = None
            if kind == "months_to":
                n = groups.get(f"n{i}")
                count = int(n) if n and n.isdigit() else phrase_lookup(r.words, n or "")
                if not count or not 1 <= count <= 12:
                    continue
                months = (1, int(count))
            elif kind in _SPANS:
                n = _ordinal(r, groups.get(f"o{i}"))
                span = _SPANS[kind]
                if n is None or not 1 <= n <= 12 // span:
                    continue
                months = (span * (n - 1) + 1, span * n)
            elif kind in ("month_range", "month", "month_year_range"):
                a = phrase_lookup(r.months, groups.get(f"a{i}") or "")
                b = phrase_lookup(r.months, groups.get(f"b{i}") or "") if kind != "month" else a
                if a is None or b is None or (b < a and kind != "month_year_range"):
                    continue
                months = (a, b)
            year2 = int(groups[f"z{i}"]) if groups.get(f"z{i}") else None
            if kind == "fiscal_year" and year is None and rel is not None and first_month:
                # "Last fiscal year": twelve months from its first month, the year told by publication.
                first = int(first_month)
                months = (first, first - 1 if first > 1 else 12)
            elif kind == "fiscal_year":
                # Twelve months from the first month of the fiscal year.
                first = int(first_month or 1)
                if year is None or not 1 <= first <= 12:
                    continue
                kind, rel, months = "month_year_range", None, (first, first - 1 if first > 1 else 12)
                year2 = int(year) + 1 if first > 1 else None
                if year2 is None:
                    kind, months = "year", None
            if year2 is not None and (year is None or year != int(year) or year2 <= year):
                continue            # "2023–2021" or "2023–2023" is no range over years
            if year is not None:
                rel = None
            s, e = m.start(), m.end()
            out.append(PeriodMention(s, e, text[s:e], kind, year, rel, months, year_s, year2))
    taken = sorted((p.start, p.end) for p in out)
    starts = [s for s, _ in taken]
    for q in quantities:
        if q.kind != YEAR:
            continue
        i = bisect.bisect_right(starts, q.start) - 1      # periods do not overlap: only this one can hold q
        if i >= 0 and q.start < taken[i][1]:
            continue
        out.append(PeriodMention(q.start, q.end, q.written, "year", q.numeral, None, None,
                                 q.written))
    out.sort(key=lambda p: p.start)
    return out


__all__ = ["PeriodMention", "read_periods", "period_string", "shift_period", "parse_numeral"]
