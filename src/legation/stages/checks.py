"""The `checks` stage: flags on figures that cannot all be true, and repairs when exactly one reading fits.

Each check compares intervals, not points: a number stands for every value that
rounds to it as written ("1.7" is 1.65 to 1.75), widened by "almost", "roughly",
"more than" (`Quantity.bounds`). Checks: parts against total, growth against the
base and current values (of turnover, and of exports or imports where their growth
is stated), impossible years, a total smaller than a part, and one period stated
with two values. Only figures of one pair, one period and one unit are compared; a
period is never compared with itself. A stated change ("fell by $48.9 million") is checked
against the two levels it links; a target is never a figure of a period. Plausibility: a
turnover 100 times smaller than the same pair's investment or aid is a `scale` warning, and
a bilateral level above what the smaller economy could trade (GeoNames population times a
generous ceiling per inhabitant) an `implausible` error; both name the unit likely meant.
A growth or change measured from a later period than its own is a `period_order` error.
Messages come from `resources/en/messages.toml`.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from .. import gazetteer, resources
from ..document import Document, Evidence, Flag
from ..pipeline import stage
from ..settings import Settings
from ..text.numbers import TOO_LARGE, format_amount
from .figures import FigureInfo
from .repair import propose_repairs

Interval = tuple[float, float]


def messages() -> dict[str, Any]:
    return resources.load("en", "messages")


def bounds(info: FigureInfo) -> Interval:
    """The values a figure may truly have, sign of growth applied."""
    lo, hi = info.quantity.bounds()
    if info.figure.metric == "growth_pct":
        if info.quantity.unit != "percent":
            # A multiple ("doubled", "three times") is loose talk: "doubled" is said of 1.8x to 2.2x.
            spread = max(5.0, 0.1 * (info.figure.value + 100.0))
            return info.figure.value - spread, info.figure.value + spread
        if info.sign < 0:
            return -hi, -lo
    return lo, hi


def overlap(a: Interval, b: Interval) -> bool:
    return a[0] <= b[1] + 1e-9 and b[0] <= a[1] + 1e-9


def growth_interval(current: Interval, base: Interval) -> Interval:
    """Percent changes from any base value to any current value within the intervals."""
    b_lo, b_hi = max(base[0], 1e-12), max(base[1], 1e-12)
    lo = -100.0 if b_hi == float("inf") else (current[0] - b_hi) / b_hi * 100.0
    return lo, (current[1] - b_lo) / b_lo * 100.0


def _ev(*infos: FigureInfo) -> list[Evidence]:
    return [Evidence(i.figure.evidence.start, i.figure.evidence.end, i.figure.evidence.sentence) for i in infos]


def _amount(info: FigureInfo) -> str:
    return format_amount(info.figure.value, info.figure.unit)


def _period_note(key: str | None) -> str:
    return f" for {key}" if key else ""


def _pair(info: FigureInfo) -> frozenset[str]:
    return frozenset(c for c in (info.figure.reporter, info.figure.partner) if c)


def _same_unit(*infos: FigureInfo) -> bool:
    return len({i.figure.unit for i in infos}) == 1


def check(doc: Document, infos: list[FigureInfo], notes: list[FigureInfo] | None = None) -> list[Flag]:
    """Every error and warning about `infos` (the figures of `doc`) and the growth `notes`."""
    msg = messages()
    flags: list[Flag] = []
    # A target is due by a later year: never a figure of the period it names.
    infos = [i for i in infos if i.figure.metric != "target"]
    flags += _years(doc, infos, msg)
    flags += _beyond_economies(infos, msg)
    flags += _small_scale(infos, msg)
    groups: dict[tuple[frozenset[str], str | None], list[FigureInfo]] = defaultdict(list)
    for info in list(infos) + list(notes or []):
        groups[(_pair(info), info.period_key)].append(info)
    for (pair, key), members in groups.items():
        by_metric: dict[str, list[FigureInfo]] = defaultdict(list)
        for info in members:
            by_metric[_kind(info)].append(info)
        flags += _conflicts(by_metric, key, msg)
        for metric in ("trade_turnover", "exports", "imports", "investment", "aid"):
            for c in by_metric.get(f"change:{metric}", []):
                flags += _change(c, [i for i in by_metric.get(metric, []) if not i.base], groups, pair, msg)
        turnover = by_metric.get("trade_turnover", [])
        exports = by_metric.get("exports", [])
        imports = by_metric.get("imports", [])
        if turnover:
            t = turnover[0]
            tb = bounds(t)
            if exports and imports and _same_unit(t, exports[0], imports[0]):
                e, i = exports[0], imports[0]
                eb, ib = bounds(e), bounds(i)
                total = (eb[0] + ib[0], eb[1] + ib[1])
                if not overlap(total, tb):
                    flags.append(Flag("sum_mismatch", "error", msg["sum_mismatch"].format(
                        exports=_amount(e), imports=_amount(i),
                        total=format_amount(e.figure.value + i.figure.value, e.figure.unit),
                        turnover=_amount(t), period=_period_note(key)),
                        [e.figure.id, i.figure.id, t.figure.id], _ev(e, i, t)))
            for part in exports[:1] + imports[:1]:
                if _same_unit(t, part) and tb[1] < bounds(part)[0]:
                    flags.append(Flag("scale", "error", msg["scale"].format(
                        turnover=_amount(t), part_name=part.figure.metric, part=_amount(part),
                        period=_period_note(key)), [t.figure.id, part.figure.id], _ev(t, part)))
        for g in by_metric.get("growth_pct", []):
            flags += _growth(g, [t for t in turnover if not t.base], groups, pair, msg)
        for metric, current in (("exports", exports), ("imports", imports)):
            for g in by_metric.get(f"growth:{metric}", []):
                flags += _growth(g, [c for c in current if not c.base], groups, pair, msg, metric)
    return flags


def _kind(info: FigureInfo) -> str:
    """What a figure is compared as: its metric, the growth of exports or imports, or a change of a metric."""
    if info.of_metric:
        return f"growth:{info.of_metric}"
    if info.figure.metric == "change":
        return f"change:{info.figure.of}"
    return info.figure.metric


def _written(info: FigureInfo) -> str:
    """An amount as the checks name it: the value, and the words it came from."""
    return f"{_amount(info)}, \"{info.figure.as_written}\""


# A unit slip multiplies by a thousand: the unit meant is the scale word one step up or down.
_SCALE_NAMES = {1.0: "units", 1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion"}


def _unit_meant(info: FigureInfo, factor: float) -> str:
    return _SCALE_NAMES.get((info.quantity.scale or 1.0) * factor, "another unit")


def _small_scale(infos: list[FigureInfo], msg: dict[str, Any]) -> list[Flag]:
    """A turnover more than 100 times smaller than the same pair's investment (of any period) or aid
    (of its period) stated in the same article: most often a turnover written in millions where
    billions (or thousands for millions) were meant."""
    first: dict[tuple[frozenset[str], str], FigureInfo] = {}
    for info in infos:
        if info.figure.metric in ("trade_turnover", "investment", "aid") and not info.base:
            first.setdefault((_pair(info), info.figure.metric), info)
    out = []
    for (pair, metric), t in first.items():
        if metric != "trade_turnover" or len(pair) < 2:
            continue
        for other_metric in ("investment", "aid"):
            other = first.get((pair, other_metric))
            # Aid is of a period; investment is often a stock ("since 1992", "totals"), of any period.
            if other is None or not _same_unit(t, other) or (
                    other_metric == "aid" and other.figure.period not in (None, t.figure.period)):
                continue
            if bounds(t)[1] * 100 < bounds(other)[0]:
                out.append(Flag("scale", "warning", msg["small_scale"].format(
                    turnover=_written(t), other_name=other_metric, other=_written(other),
                    period=_period_note(t.period_key), meant=_unit_meant(t, 1e3)),
                    [t.figure.id, other.figure.id], _ev(t, other)))
    return out


# What one inhabitant of the smaller economy could at most trade with one partner in a year,
# in USD: more than any country's total trade per inhabitant (city states included).
_TRADE_PER_PERSON = 250_000.0
# Currencies worth at least one US dollar: read as dollars, the bound stays generous.
_DOLLAR_OR_MORE = frozenset({"USD", "EUR", "GBP", "CHF"})


def _beyond_economies(infos: list[FigureInfo], msg: dict[str, Any]) -> list[Flag]:
    """A bilateral turnover, export or import larger than the smaller economy could trade."""
    out = []
    for info in infos:
        f = info.figure
        if f.metric not in ("trade_turnover", "exports", "imports") or f.unit not in _DOLLAR_OR_MORE \
                or not f.reporter or not f.partner or f.period in (None, "cumulative"):
            continue
        people = [(gazetteer.population(c), c) for c in (f.reporter, f.partner)]
        known = [(n, c) for n, c in people if n]
        if len(known) < 2:
            continue
        smaller, code = min(known)
        ceiling = smaller * _TRADE_PER_PERSON
        if bounds(info)[0] > ceiling:
            out.append(Flag("implausible", "error", msg["beyond_economies"].format(
                metric=msg["metric_names"].get(f.metric, f.metric), pair=f"{f.reporter}-{f.partner}",
                amount=_written(info), period=_period_note(f.period), country=code,
                people=f"{smaller:,}", per_person=f"{_TRADE_PER_PERSON:,.0f} {f.unit}",
                ceiling=format_amount(ceiling, f.unit), meant=_unit_meant(info, 1e-3)),
                [f.id], _ev(info)))
    return out


def _change(c: FigureInfo, current: list[FigureInfo], groups: dict[tuple[frozenset[str], str | None],
            list[FigureInfo]], pair: frozenset[str], msg: dict[str, Any]) -> list[Flag]:
    """A stated change ("fell by $48.9 million") against the two levels it links."""
    metric = c.figure.of or "trade_turnover"
    base_key = c.figure.compared_to
    if base_key is None or base_key == c.period_key or not current:
        return []
    cur = current[0]
    bases = [t for t in groups.get((pair, base_key), []) if t.figure.metric == metric
             and not t.of_metric and t is not cur and _same_unit(t, cur, c)]
    if not bases or not _same_unit(cur, c):
        return []
    b = bases[0]
    if _later(base_key, c.period_key):
        return [Flag("period_order", "error", msg["period_order"].format(
            metric=msg["metric_names"].get(metric, metric), current=_written(cur), period=c.period_key,
            base=_written(b), base_period=base_key, change=_written(c)),
            [b.figure.id, cur.figure.id, c.figure.id], _ev(b, cur, c))]
    (c_lo, c_hi), (b_lo, b_hi) = bounds(cur), bounds(b)
    implied = (c_lo - b_hi, c_hi - b_lo)
    lo, hi = bounds(c)
    stated = (lo, hi) if c.figure.value >= 0 else (-hi, -lo)
    if overlap(implied, stated):
        return []
    diff = cur.figure.value - b.figure.value
    return [Flag("change_mismatch", "error", msg["change_mismatch"].format(
        metric=msg["metric_names"].get(metric, metric), base=_written(b), base_period=base_key,
        current=_written(cur), period=c.period_key or "?",
        implied=("+" if diff >= 0 else "-") + format_amount(abs(diff), c.figure.unit),
        change=("+" if c.figure.value >= 0 else "-") + format_amount(abs(c.figure.value), c.figure.unit),
        written=c.figure.as_written),
        [b.figure.id, cur.figure.id, c.figure.id], _ev(b, cur, c))]


def _later(base: str, period: str | None) -> bool:
    """Whether a change's base period comes after the period it describes (both written alike)."""
    if not period or base == "cumulative" or period == "cumulative":
        return False
    return len(base) == len(period) and base > period


def _conflicts(by_metric: dict[str, list[FigureInfo]], key: str | None, msg: dict[str, Any]) -> list[Flag]:
    out = []
    for metric, members in by_metric.items():
        if len(members) < 2 or not key:
            continue
        first = members[0]
        for other in members[1:]:
            if other.base == first.base and _same_unit(first, other) \
                    and not overlap(bounds(first), bounds(other)):
                out.append(Flag("conflict", "warning", msg["conflict"].format(
                    metric=metric, period=key, first=_amount(first), second=_amount(other)),
                    [first.figure.id, other.figure.id], _ev(first, other)))
    return out


def _growth(g: FigureInfo, current: list[FigureInfo], groups: dict[tuple[frozenset[str], str | None],
            list[FigureInfo]], pair: frozenset[str], msg: dict[str, Any],
            metric: str = "trade_turnover") -> list[Flag]:
    """Growth against the base and current values of `metric` (turnover unless a note says otherwise)."""
    base_key = g.figure.compared_to
    if base_key is None or base_key == g.period_key or not current:
        return []       # the base period's value is not stated, or no change can be measured
    c = current[0]
    bases = [t for t in groups.get((pair, base_key), []) if t.figure.metric == metric
             and not t.of_metric and t is not c and _same_unit(t, c)]
    if not bases:
        return []
    b = bases[0]
    if _later(base_key, g.period_key):
        return [Flag("period_order", "error", msg["period_order"].format(
            metric=msg["metric_names"].get(metric, metric), current=_written(c), period=g.period_key,
            base=_written(b), base_period=base_key, change=f"{g.figure.value:+,.1f} %"),
            [b.figure.id, c.figure.id] + ([] if g.of_metric else [g.figure.id]), _ev(b, c, g))]
    implied = growth_interval(bounds(c), bounds(b))
    if overlap(implied, bounds(g)):
        return []
    change = (c.figure.value - b.figure.value) / b.figure.value * 100.0 if b.figure.value else 0.0
    ids = [b.figure.id, c.figure.id] + ([] if g.of_metric else [g.figure.id])
    return [Flag("growth_mismatch", "error", msg["growth_mismatch"].format(
        metric=msg["metric_names"].get(metric, metric),
        base=_amount(b), base_period=base_key, current=_amount(c), period=g.period_key or "?",
        implied=f"{change:+,.1f} %", growth=f"{g.figure.value:+,.1f} %"),
        ids, _ev(b, c, g))]


def _years(doc: Document, infos: list[FigureInfo], msg: dict[str, Any]) -> list[Flag]:
    pub = doc.source.published.isoformat() if doc.source.published else ""
    pub_year = doc.source.published.year if doc.source.published else None
    out = []
    seen: set[int] = set()
    # The figures each year dates, found by lookup: a loop over every figure for every year
    # grows with the square of a long list.
    by_mention: dict[int, list[int]] = defaultdict(list)
    by_key: dict[str, list[int]] = defaultdict(list)
    for n, i in enumerate(infos):
        if i.period_mention is not None:
            by_mention[id(i.period_mention)].append(n)
        elif i.period_key:
            by_key[i.period_key].append(n)
    for p in doc.layers.get("periods") or []:
        if p.kind != "year" or p.year is None or p.start in seen:
            continue
        keyed = by_key.get(p.year_written, []) if p.year_written else []
        used = [infos[n] for n in sorted(by_mention.get(id(p), []) + keyed)]
        written = doc.text[p.start:p.end]
        text = None
        if p.year != int(p.year):
            text = msg["impossible_year_fraction"].format(written=written)
        elif used and p.year < 1900:
            text = msg["impossible_year_early"].format(written=written)
        elif used and pub_year is not None and p.year > pub_year:
            text = msg["impossible_year_future"].format(written=written, published=pub)
        if text:
            seen.add(p.start)
            out.append(Flag("impossible_year", "error", text, [i.figure.id for i in used],
                            [Evidence(p.start, p.end, doc.sentence_of(p.start))]))
    return out


def _too_large(doc: Document) -> list[Flag]:
    """A warning for each number too large to be a stated figure: it was left out, not misread."""
    text = messages()["too_large"]
    return [Flag("too_large", "warning", text.format(digits=sum(c.isdigit() for c in q.written)),
                 [], [Evidence(q.start, q.end, doc.sentence_of(q.start))])
            for q in doc.layers.get("numbers") or [] if q.kind == TOO_LARGE]


@stage("checks", requires=("figures",), assigns=("flags",))
def run(doc: Document, settings: Settings) -> Document:
    """Add flags for figures that cannot all be true, and repair proposals."""
    infos: list[FigureInfo] = doc.layers.get("figures") or []
    flags = check(doc, infos, doc.layers.get("figure_notes") or [])
    flags += propose_repairs(doc, infos, flags)
    flags += _too_large(doc)
    doc.flags = flags
    return doc
