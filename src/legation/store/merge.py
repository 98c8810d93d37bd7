"""Merging across documents: reports of one happening, and figures that disagree.

Everything here is a pure function of the set of rows in one *bucket*, never
of the order they arrived in: rows are sorted by a canonical key before any
greedy step. The store recomputes a bucket whenever a batch adds to it, so an
ingest in any order, or one killed and resumed, gives the same result.

Event buckets are (type, pair, calendar month) for day- and month-precision
dates, (type, pair, year) for year precision, and one bucket per document for
undated reports. Why these borders:

- A month-precision date ("in October") is compatible with any day of that
  month, so day and month reports of a month must meet; nothing outside the
  month can be compatible with them, except a day-precision neighbour across
  midnight on the last day of a month, which we accept to lose.
- Day-precision dates merge when they are at most one day apart: the same
  evening meeting is dated a day later by outlets in time zones east of it,
  and "yesterday" resolved against a publication date in another zone shifts
  by one. The window is anchored at the earliest day of a happening, so
  meetings on consecutive days of a week do not chain into one.
- A year-precision date cannot tell which of a year's meetings it reports, so
  it merges only with other year-precision reports of that year.
- An undated report cannot be told apart from any other meeting of the pair:
  it stays its own happening (merged only with other reports in its document).

Pairs are unordered for symmetric types (`SYMMETRIC_TYPES`): a consultation
reported by each side names itself first.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from ..resources.event_types import event_types

# Talks and joint work have no acting side: each side's press reports itself as the source.
SYMMETRIC_TYPES = frozenset(name for name, kind in event_types().items() if kind.symmetric)
# Turnover (and its growth) belongs to the pair, not to one side.
SYMMETRIC_METRICS = frozenset({"trade_turnover", "growth_pct", "change:trade_turnover", "target:trade_turnover"})

_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def date_span(date: str | None, precision: str | None) -> tuple[dt.date | None, dt.date | None, str | None]:
    """The first and last day a (date, precision) can mean, and the precision.

    A month-precision date may be written "2024-10" or "2024-10-01"; a missing
    precision is read from how much of the date is written.
    """
    if not date:
        return None, None, None
    m = _DATE.match(date)
    if not m:
        return None, None, None
    year, month, day = int(m[1]), m[2], m[3]
    if precision not in _PRECISION_RANK:
        precision = "day" if day else "month" if month else "year"
    try:
        if precision == "year" or month is None:
            return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
        first = dt.date(year, int(month), 1)
        if precision == "month" or day is None:
            nxt = dt.date(year + (first.month == 12), first.month % 12 + 1, 1)
            return first, nxt - dt.timedelta(days=1), "month"
        day_date = dt.date(year, int(month), int(day))
        return day_date, day_date, "day"
    except ValueError:      # month 13, February 30: not a date
        return None, None, None


def pair_key(type_: str, source: str | None, target: str | None) -> str:
    """`A~B` (sorted) for symmetric types, `A>B` otherwise."""
    a, b = source or "", target or ""
    if type_ in SYMMETRIC_TYPES:
        a, b = sorted((a, b))
        return f"{a}~{b}"
    return f"{a}>{b}"


def event_bucket(type_: str, source: str | None, target: str | None, lo: dt.date | None,
                 precision: str | None, document_id: str) -> str:
    """The bucket an event report is merged within (see the module docstring)."""
    if lo is None:
        period = "undated:" + document_id
    elif precision == "year":
        period = f"{lo.year:04d}"
    else:
        period = f"{lo.year:04d}-{lo.month:02d}"
    return f"{type_}|{pair_key(type_, source, target)}|{period}"


def figure_bucket(metric: str, reporter: str | None, partner: str | None, period: str | None,
                  unit: str | None, compared_to: str | None) -> str:
    """Figures in one bucket state the same quantity and must agree."""
    a, b = reporter or "", partner or ""
    if metric in SYMMETRIC_METRICS:
        a, b = sorted((a, b))
        pair = f"{a}~{b}"
    else:
        pair = f"{a}>{b}"
    base = f"|{compared_to}" if metric in ("growth_pct", "change:trade_turnover") and compared_to else ""
    return f"{metric}|{pair}|{period or ''}|{unit or ''}{base}"


@dataclass(frozen=True)
class Report:
    """One event as one document reports it, with what merging needs to know of the document."""

    document_id: str
    event_id: str
    type: str
    source: str | None
    target: str | None
    mode: str | None
    date_lo: dt.date | None
    precision: str | None
    place_name: str | None
    place_country: str | None
    round: int | None
    intensity: float | None
    published: dt.date | None
    lang: str | None
    source_key: str


def _place(r: Report) -> tuple[str, str] | None:
    if not r.place_name and not r.place_country:
        return None
    return ((r.place_name or "").casefold(), r.place_country or "")


def _places_agree(a: tuple[str, str] | None, b: tuple[str, str] | None) -> bool:
    if a is None or b is None:
        return True
    if a[1] and b[1]:
        # Same country is enough: gazetteers and languages spell one city differently, and two
        # different meetings of one type, pair and day in two cities of one country are rare.
        return a[1] == b[1]
    return not a[0] or not b[0] or a[0] == b[0]


def _sort_key(r: Report) -> tuple[Any, ...]:
    place = _place(r)
    return (_PRECISION_RANK.get(r.precision or "", 3), r.date_lo or dt.date.min,
            place is None, place or ("", ""), r.document_id, r.event_id)


class _Cluster:
    def __init__(self, first: Report) -> None:
        self.reports = [first]
        self.anchor = first
        self.place = _place(first)

    def accepts(self, r: Report) -> bool:
        if not _places_agree(self.place, _place(r)):
            return False
        a = self.anchor
        if a.date_lo is None or r.date_lo is None:          # undated: one document's own reports
            return a.document_id == r.document_id
        if r.precision == "day":
            return a.precision == "day" and 0 <= (r.date_lo - a.date_lo).days <= 1
        return True                                          # month in its month, year in its year

    def add(self, r: Report) -> None:
        self.reports.append(r)
        if self.place is None:
            self.place = _place(r)
        elif not self.place[0] or not self.place[1]:         # fill in a half-known place
            other = _place(r)
            if other is not None:
                self.place = (self.place[0] or other[0], self.place[1] or other[1])


def cluster_reports(reports: Iterable[Report]) -> list[tuple[list[Report], tuple[str, str] | None]]:
    """Group one bucket's reports into happenings, independently of their order.

    Returns each happening's reports (anchor first) and its place (folded name, country).
    """
    clusters: list[_Cluster] = []
    for r in sorted(reports, key=_sort_key):
        for c in clusters:
            if c.accepts(r):
                c.add(r)
                break
        else:
            clusters.append(_Cluster(r))
    return [(c.reports, c.place) for c in clusters]


def _most_common(values: Iterable[Any]) -> Any:
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    best = max(counts.values())
    return min(v for v, n in counts.items() if n == best)


def _type_intensity(type_: str) -> float | None:
    """The intensity `plover.toml` gives `type_` (None for a type it does not know)."""
    kind = event_types().get(type_)
    return kind.intensity if kind is not None else None


def happening(bucket: str, reports: Sequence[Report], place: tuple[str, str] | None,
              place_names: dict[str, str]) -> dict[str, Any]:
    """The merged row for one cluster of reports.

    Args:
        place_names: folded place name -> the spelling to show (the first seen in sort order).
    """
    anchor = reports[0]
    digest = hashlib.sha256(f"{bucket}\x00{anchor.document_id}\x00{anchor.event_id}".encode()).hexdigest()
    symmetric = anchor.type in SYMMETRIC_TYPES
    # Symmetric events match in either direction; show the direction most reports give
    # (a visit keeps its visitor as source), ties broken alphabetically.
    source, target = anchor.source, anchor.target
    if symmetric:
        source, target = _most_common((r.source or "", r.target or "") for r in reports)
    precision = min((r.precision for r in reports if r.precision),
                    key=lambda p: _PRECISION_RANK[p], default=None)
    if precision is None:
        date = None
    else:
        lo = _most_common(r.date_lo for r in reports if r.precision == precision)
        date = (lo.isoformat() if precision == "day" else
                lo.isoformat()[:7] if precision == "month" else lo.isoformat()[:4])
    # The range the reports at that precision span (a day apart at most): what date filters see.
    spans = [date_span(r.date_lo.isoformat(), precision) for r in reports
             if r.precision == precision and r.date_lo is not None]
    lo = min((s[0] for s in spans if s[0]), default=None)
    hi = max((s[1] for s in spans if s[1]), default=None)
    intensities = [r.intensity for r in reports if r.intensity is not None]
    published = [r.published for r in reports if r.published is not None]
    languages = sorted({r.lang for r in reports if r.lang})
    return {
        "id": "h:" + digest[:20], "bucket": bucket, "type": anchor.type,
        "mode": _most_common(r.mode for r in reports), "source": source or None,
        "target": target or None, "is_symmetric": symmetric,
        "date": date, "date_precision": precision, "date_lo": lo, "date_hi": hi, "month": date[:7] if date and len(date) >= 7 else None,
        "location_name": (place_names.get(place[0]) or None) if place else None,
        "location_country": (place[1] or None) if place else None,
        "round": _most_common(r.round for r in reports),
        "intensity": sum(intensities) / len(intensities) if intensities else _type_intensity(anchor.type),
        "n_mentions": len(reports), "n_documents": len({r.document_id for r in reports}),
        "n_sources": len({r.source_key for r in reports}), "n_languages": len(languages),
        "languages": ",".join(languages),
        "first_report": min(published) if published else None,
        "last_report": max(published) if published else None,
    }


def merge_bucket(bucket: str, reports: Sequence[Report]) -> list[tuple[dict[str, Any], list[Report]]]:
    """Every happening of one bucket, with the reports each is made of."""
    names: dict[str, str] = {}
    for r in sorted(reports, key=_sort_key):
        if r.place_name:
            names.setdefault(r.place_name.casefold(), r.place_name)
    return [(happening(bucket, c, place, names), c) for c, place in cluster_reports(reports)]


# --- figures -----------------------------------------------------------------------------------

@lru_cache(maxsize=1 << 16)      # bounded: called for every figure of every bucket a batch re-checks
def rounding_unit(value: float) -> float:
    """The place of the last significant digit of `value`: 418600000 -> 100000, 12.5 -> 0.1."""
    if not value:
        return 0.0
    exponent = Decimal(repr(float(value))).normalize().as_tuple().exponent
    return 10.0 ** int(exponent)


def values_agree(a: float, b: float) -> bool:
    """Two statements of one quantity agree when they differ by no more than rounding."""
    return _within(a, b, max(rounding_unit(a), rounding_unit(b)))


def _within(a: float, b: float, unit: float) -> bool:
    # `values_agree` with the larger rounding unit already known.
    return abs(a - b) <= unit / 2 * (1 + 1e-9) + 1e-12


@dataclass(frozen=True)
class StatedFigure:
    document_id: str
    figure_id: str
    metric: str
    reporter: str | None
    partner: str | None
    period: str | None
    unit: str | None
    value: float


def _fmt(value: float, unit: str | None) -> str:
    if unit != "percent" and abs(value) >= 1e6:
        return f"{value / 1e6:,.1f} M {unit or ''}".rstrip()
    return f"{value:,.6g} {unit or ''}".rstrip()


def _disagreeing_documents(figures: Sequence[StatedFigure]) -> set[str]:
    """The documents with a figure that disagrees with another document's figure.

    Linear in the bucket, not pairwise: a bucket keeps growing with the store and is
    recomputed whenever a batch adds to it. Two figures agree within the larger of their
    rounding units, so for one figure and all the figures of one rounding unit the
    tolerance is fixed, and some of them disagree exactly when the smallest or the largest
    value (from another document) does. Rounding units are few (one per decimal place).
    """
    # unit -> the two smallest and two largest (value, document) from different documents
    lows: dict[float, list[tuple[float, str]]] = {}
    highs: dict[float, list[tuple[float, str]]] = {}
    units: dict[float, float] = {}
    for f in figures:
        if f.value not in units:
            units[f.value] = rounding_unit(f.value)
        u = units[f.value]
        for ends, sign in ((lows, 1), (highs, -1)):
            kept = ends.setdefault(u, [])
            if not kept:
                kept.append((f.value, f.document_id))
            elif sign * f.value < sign * kept[0][0]:
                kept[:] = [(f.value, f.document_id), *[k for k in kept if k[1] != f.document_id][:1]]
            elif f.document_id != kept[0][1] and (len(kept) == 1 or sign * f.value < sign * kept[1][0]):
                kept[1:] = [(f.value, f.document_id)]
    involved: set[str] = set()
    for f in figures:
        if f.document_id in involved:
            continue
        ua = units[f.value]
        for u in lows:
            for kept in (lows[u], highs[u]):
                other = next((v for v, d in kept if d != f.document_id), None)
                if other is not None and not _within(f.value, other, max(ua, u)):
                    involved.add(f.document_id)
                    break
            if f.document_id in involved:
                break
    return involved


# Values a factor of about 1,000 apart: one document wrote thousands, millions or billions for another.
_SCALE_FACTOR = 1000.0
_SCALE_SLACK = 1.5


def _conflict_kind(groups: list[list[StatedFigure]]) -> tuple[str, str]:
    """("scale", why) when two groups of agreeing values differ by a factor near 1,000, else ("conflict", "")."""
    values = [abs(g[0].value) for g in groups if g[0].value]
    if len(values) >= 2:
        ratio = max(values) / min(values)
        for power in (1, 2):
            near = _SCALE_FACTOR ** power
            if near / _SCALE_SLACK <= ratio <= near * _SCALE_SLACK:
                return "scale", f" (a factor of {ratio:,.0f}: most likely one of them is in the wrong unit)"
    return "conflict", ""


def figure_conflict(bucket: str, figures: Sequence[StatedFigure]) -> dict[str, Any] | None:
    """A `conflict` flag when documents state this bucket's quantity with values that disagree;
    a `scale` conflict when they differ by a factor near 1,000 (or a million): a unit slip."""
    if not figures:
        return None
    # Sorted first: nothing below may depend on the order rows come from the database in.
    ordered = sorted(figures, key=lambda f: (f.value, f.document_id, f.figure_id))
    first = min(ordered, key=lambda f: (f.document_id, f.figure_id))
    if not first.period or not (first.reporter or first.partner):
        return None                       # without a period and a side it is not one quantity
    reporter, partner = first.reporter, first.partner
    if first.metric in SYMMETRIC_METRICS:
        reporter, partner = sorted((reporter or "", partner or ""))
        reporter, partner = reporter or None, partner or None
    involved = _disagreeing_documents(ordered)
    if not involved:
        return None
    # Group the stated values that agree, to name who said what.
    groups: list[list[StatedFigure]] = []
    for f in ordered:
        if f.document_id not in involved:
            continue
        if groups and values_agree(groups[-1][0].value, f.value):
            groups[-1].append(f)
        else:
            groups.append([f])
    pair = "-".join(x for x in (reporter, partner) if x)
    said = "; ".join(
        f"{_fmt(g[0].value, first.unit)} in {', '.join(sorted({x.document_id[:19] for x in g}))}" for g in groups)
    documents = sorted(involved)
    digest = hashlib.sha256(("\x00".join([bucket, *documents])).encode()).hexdigest()
    kind, why = _conflict_kind(groups)
    return {
        "id": "c:" + digest[:20], "bucket": bucket, "kind": kind, "severity": "warning",
        "message": f"{first.metric} {pair} {first.period} is stated differently by {len(documents)} documents: "
                   f"{said}{why}",
        "metric": first.metric, "reporter": reporter, "partner": partner,
        "period": first.period, "unit": first.unit,
        "documents": documents,
        "figures": [{"document": f.document_id, "figure": f.figure_id, "value": f.value}
                    for f in ordered if f.document_id in involved],
    }
