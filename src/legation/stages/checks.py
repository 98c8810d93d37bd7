"""The `checks` stage: flags on figures that cannot all be true, and repairs when exactly one reading fits.

Each check compares intervals, not points: a number stands for every value that
rounds to it as written ("1.7" is 1.65 to 1.75), widened by "almost", "roughly",
"more than" (`Quantity.bounds`). Checks: parts against total, growth against the
base and current values, impossible years, a total smaller than a part, and one
period stated with two values. Messages come from `resources/en/messages.toml`.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from .. import resources
from ..document import Document, Evidence, Flag
from ..pipeline import stage
from ..settings import Settings
from ..text.numbers import format_amount
from .figures import FigureInfo
from .repair import propose_repairs

Interval = tuple[float, float]


def messages() -> dict[str, Any]:
    return resources.load("en", "messages")


def bounds(info: FigureInfo) -> Interval:
    """The values a figure may truly have, sign of growth applied."""
    lo, hi = info.quantity.bounds()
    if info.figure.metric == "growth_pct":
        if info.quantity.unit != "percent":          # a multiple: "doubled", "three times"
            return info.figure.value - 5.0, info.figure.value + 5.0
        if info.sign < 0:
            return -hi, -lo
    return lo, hi


def overlap(a: Interval, b: Interval) -> bool:
    return a[0] <= b[1] + 1e-9 and b[0] <= a[1] + 1e-9


def growth_interval(current: Interval, base: Interval) -> Interval:
    """Percent changes from any base value to any current value within the intervals."""
    b_lo, b_hi = max(base[0], 1e-12), max(base[1], 1e-12)
    return (current[0] - b_hi) / b_hi * 100.0, (current[1] - b_lo) / b_lo * 100.0


def _ev(*infos: FigureInfo) -> list[Evidence]:
    return [Evidence(i.figure.evidence.start, i.figure.evidence.end, i.figure.evidence.sentence) for i in infos]


def _amount(info: FigureInfo) -> str:
    return format_amount(info.figure.value, info.figure.unit)


def _period_note(key: str | None) -> str:
    return f" for {key}" if key else ""


def _pair(info: FigureInfo) -> frozenset[str]:
    return frozenset(c for c in (info.figure.reporter, info.figure.partner) if c)


def check(doc: Document, infos: list[FigureInfo]) -> list[Flag]:
    """Every error and warning about `infos` (the figures of `doc`)."""
    msg = messages()
    flags: list[Flag] = []
    flags += _years(doc, infos, msg)
    groups: dict[tuple[frozenset[str], str | None], list[FigureInfo]] = defaultdict(list)
    for info in infos:
        groups[(_pair(info), info.period_key)].append(info)
    for (pair, key), members in groups.items():
        by_metric: dict[str, list[FigureInfo]] = defaultdict(list)
        for info in members:
            by_metric[info.figure.metric].append(info)
        flags += _conflicts(by_metric, key, msg)
        turnover = by_metric.get("trade_turnover", [])
        exports = by_metric.get("exports", [])
        imports = by_metric.get("imports", [])
        if turnover:
            t = turnover[0]
            tb = bounds(t)
            if exports and imports:
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
                if tb[1] < bounds(part)[0]:
                    flags.append(Flag("scale", "error", msg["scale"].format(
                        turnover=_amount(t), part_name=part.figure.metric, part=_amount(part),
                        period=_period_note(key)), [t.figure.id, part.figure.id], _ev(t, part)))
        for g in by_metric.get("growth_pct", []):
            flags += _growth(g, turnover, groups, pair, msg)
    return flags


def _conflicts(by_metric: dict[str, list[FigureInfo]], key: str | None, msg: dict[str, Any]) -> list[Flag]:
    out = []
    for metric, members in by_metric.items():
        if len(members) < 2 or not key:
            continue
        first = members[0]
        for other in members[1:]:
            if other.base == first.base and not overlap(bounds(first), bounds(other)):
                out.append(Flag("conflict", "warning", msg["conflict"].format(
                    metric=metric, period=key, first=_amount(first), second=_amount(other)),
                    [first.figure.id, other.figure.id], _ev(first, other)))
    return out


def _growth(g: FigureInfo, turnover: list[FigureInfo], groups: dict[tuple[frozenset[str], str | None],
            list[FigureInfo]], pair: frozenset[str], msg: dict[str, Any]) -> list[Flag]:
    base_key = g.figure.compared_to
    current = [t for t in turnover if not t.base]
    bases = [t for t in groups.get((pair, base_key), []) if t.figure.metric == "trade_turnover"]
    if not current or not bases or base_key is None:
        return []
    c, b = current[0], bases[0]
    implied = growth_interval(bounds(c), bounds(b))
    if overlap(implied, bounds(g)):
        return []
    change = (c.figure.value - b.figure.value) / b.figure.value * 100.0 if b.figure.value else 0.0
    return [Flag("growth_mismatch", "error", msg["growth_mismatch"].format(
        base=_amount(b), base_period=base_key, current=_amount(c), period=g.period_key or "?",
        implied=f"{change:+,.1f} %", growth=f"{g.figure.value:+,.1f} %"),
        [b.figure.id, c.figure.id, g.figure.id], _ev(b, c, g))]


def _years(doc: Document, infos: list[FigureInfo], msg: dict[str, Any]) -> list[Flag]:
    pub = doc.source.published or ""
    pub_year = int(pub[:4]) if pub[:4].isdigit() else None
    out = []
    seen: set[int] = set()
    for p in doc.layers.get("periods") or []:
        if p.kind != "year" or p.year is None or p.start in seen:
            continue
        used = [i for i in infos if i.period_mention is p or
                (i.period_mention is None and i.period_key and p.year_written and i.period_key == p.year_written)]
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


@stage("checks", requires=("figures",), assigns=("flags",))
def run(doc: Document, settings: Settings) -> Document:
    """Add flags for figures that cannot all be true, and repair proposals."""
    infos: list[FigureInfo] = doc.layers.get("figures") or []
    flags = check(doc, infos)
    flags += propose_repairs(doc, infos, flags)
    doc.flags = flags
    return doc
