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
A growth or change measured from a later period than its own is a `period_order` error, and so is a
level said to have risen (or fallen) from the year before's ("up from", "증가", "أقل من") that the two
levels contradict. A part many times its total that the total, a unit word larger, would hold (turnover
and exports; an aid total and its tranche or parts) is a `scale` error naming the unit likely meant, and so
are the parts of a total, all stated, that one scale word read as another of the language's would make add up
("総額30億ドル ... 10億ドル、20万ドル": 億 for 万). Parts over their total (aid or investment: one
tranche, one company's share after "이 중", "bunun") are a `sum_mismatch` error, and so are all the stated
parts of a round total, each written to a finer digit, short of it beyond their rounding ("3 δισ.: 1,2 δισ. ...
και 1,5 δισ."). An export and an import that one scale word read as another would make add up to their
turnover ("Importe ... 160,3 Millionen" beside "250 Mrd.") are a `scale` error naming the word meant.
Every error names the numbers it compares and the words they were read from.
Messages come from `resources/en/messages.toml`.
"""

from __future__ import annotations

import datetime
import re
from collections import defaultdict
from dataclasses import replace
from typing import Any

from .. import gazetteer, resources
from ..document import Document, Evidence, Flag
from ..pipeline import stage
from ..settings import Settings
from ..text.numbers import TOO_LARGE, format_amount
from ..text.periods import shift_period
from ._calendars import CONVERTERS
from .figures import FigureInfo
from .repair import digit_mend, propose_repairs, scale_mend, scale_up

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
    flags += _said_against_values(infos, msg)
    flags += _aid_sums(infos, msg, doc.lang or "en")
    slips = _unit_slips(infos, msg, list(infos) + list(notes or []))
    flags += slips
    slipped = {frozenset(f.figures) for f in slips}
    groups: dict[tuple[frozenset[str], str | None], list[FigureInfo]] = defaultdict(list)
    for info in list(infos) + list(notes or []):
        groups[(_pair(info), _whole_year(info.period_key))].append(info)
    for (pair, key), members in groups.items():
        by_metric: dict[str, list[FigureInfo]] = defaultdict(list)
        for info in members:
            by_metric[_kind(info)].append(info)
        flags += [f for f in _conflicts(by_metric, key, msg) if frozenset(f.figures) not in slipped]
        for metric in ("trade_turnover", "exports", "imports", "investment", "aid"):
            for c in by_metric.get(f"change:{metric}", []):
                flags += _change(c, [i for i in by_metric.get(metric, []) if not i.base], groups, pair, msg)
        turnover = by_metric.get("trade_turnover", [])
        exports, imports = _two_ways(by_metric.get("exports", []), by_metric.get("imports", []))
        if turnover:
            t = turnover[0]
            tb = bounds(t)
            if exports and imports and _same_unit(t, exports[0], imports[0]):
                e, i = exports[0], imports[0]
                eb, ib = bounds(e), bounds(i)
                total = (eb[0] + ib[0], eb[1] + ib[1])
                mend = scale_mend(doc.lang or "en", t, [e, i]) if not overlap(total, tb) else None
                if mend is not None and mend[0].quantity.half_step > _MEND_PRECISION * abs(mend[0].quantity.value):
                    mend = None     # "$0.1 million" as billion is 50 to 150 million: it fits most totals by chance
                if mend is not None:
                    # One scale word read as another of the language's makes the parts add up ("Importe
                    # ... 160,3 Millionen" beside "250 Mrd." and "89,7 Mrd."): that word slipped.
                    slipped, scale = mend
                    flags.append(Flag("scale", "error", msg["trade_parts_scale"].format(
                        exports=_written(e), imports=_written(i),
                        total=format_amount(e.figure.value + i.figure.value, e.figure.unit),
                        turnover=_written(t), period=_period_note(key),
                        meant=_SCALE_NAMES.get(scale, "another unit"), slipped=_written(slipped)),
                        [e.figure.id, i.figure.id, t.figure.id], _ev(e, i, t)))
                elif not overlap(total, tb):
                    flags.append(Flag("sum_mismatch", "error", msg["sum_mismatch"].format(
                        exports=_written(e), imports=_written(i),
                        total=format_amount(e.figure.value + i.figure.value, e.figure.unit),
                        turnover=_written(t), period=_period_note(key)),
                        [e.figure.id, i.figure.id, t.figure.id], _ev(e, i, t)))
            for part in exports[:1] + imports[:1]:
                if _same_unit(t, part) and tb[1] < bounds(part)[0]:
                    # A part many times its total that the total a thousand times larger would hold: the
                    # total's unit word slipped.
                    slip = t.figure.value > 0 and _PART_SLIP_LOW <= part.figure.value / t.figure.value \
                        and bounds(part)[0] <= tb[1] * 1e3
                    flags.append(Flag("scale", "error", msg["scale_unit" if slip else "scale"].format(
                        turnover=_written(t), part_name=part.figure.metric, part=_written(part),
                        period=_period_note(key), meant=_unit_meant(t, 1e3)),
                        [t.figure.id, part.figure.id], _ev(t, part)))
        for g in by_metric.get("growth_pct", []):
            flags += _growth(g, [t for t in turnover if not t.base], groups, pair, msg)
        for metric, current in (("exports", exports), ("imports", imports)):
            for g in by_metric.get(f"growth:{metric}", []):
                flags += _growth(g, [c for c in current if not c.base], groups, pair, msg, metric)
    return flags


_JAN_DEC = re.compile(r"(\d{4})-01/\1-12")


def _whole_year(key: str | None) -> str | None:
    """January to December of one year is that year ("январь–декабрь 2023" and "2023" are compared)."""
    m = _JAN_DEC.fullmatch(key) if key else None
    return m.group(1) if m else key


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
_SCALE_NAMES = {1.0: "units", 1e3: "thousand", 1e4: "ten thousand", 1e6: "million", 1e8: "hundred million",
                1e9: "billion", 1e12: "trillion"}


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


# Levels of one pair a year apart (or of one period) that differ by a factor near 1,000: a unit
# slip ("19,8 millones" for "19.800 millones"), not a change (bilateral trade does not move 250-fold in a year).
_SLIP_LOW, _SLIP_HIGH = 250.0, 4000.0
_LEVELS = ("trade_turnover", "exports", "imports")


_YEARS = re.compile(r"(\d{4})(?:-\d\d)?(?:/(\d{4})(?:-\d\d)?)?\Z")


def _adjacent(a: str | None, b: str | None) -> bool:
    """Whether two periods are the same, a year apart, or of years that meet: a year and months of the
    same or the next year ("2023" and "2024-01/2024-08"), whose levels a slip of units sets 1,000 apart too."""
    if not a or not b or "cumulative" in (a, b):
        return False
    if a == b or shift_period(a, 1) == b or shift_period(b, 1) == a:
        return True
    ma, mb = _YEARS.match(a), _YEARS.match(b)
    if ma is None or mb is None:
        return False
    a0, a1 = int(ma.group(1)), int(ma.group(2) or ma.group(1))
    b0, b1 = int(mb.group(1)), int(mb.group(2) or mb.group(1))
    return b0 - 1 <= a1 and a0 - 1 <= b1


def _unit_slips(infos: list[FigureInfo], msg: dict[str, Any], rates: list[FigureInfo]) -> list[Flag]:
    """A turnover, export or import of one pair written in millions beside the same pair's level of
    the same or the adjacent period in billions (a factor near 1,000): a `scale` error naming both
    and the unit likely meant for the one that stands apart from the pair's other levels. A stated
    growth that the two levels bear out ("down 99.6 %") says the change is real."""
    levels = [i for i in infos if i.figure.metric in _LEVELS and i.figure.period and len(_pair(i)) == 2]
    out: list[Flag] = []
    for n, a in enumerate(levels):
        for b in levels[n + 1:]:
            if a.figure.metric != b.figure.metric or _pair(a) != _pair(b) or not _same_unit(a, b) \
                    or not _adjacent(a.figure.period, b.figure.period):
                continue
            small, big = (a, b) if a.figure.value < b.figure.value else (b, a)
            if small.figure.value <= 0 or not _SLIP_LOW <= big.figure.value / small.figure.value <= _SLIP_HIGH \
                    or _borne_out(a, b, rates):
                continue
            slipped, factor = _odd_one(small, big, levels)
            out.append(Flag("scale", "error", msg["unit_slip"].format(
                metric=msg["metric_names"].get(a.figure.metric, a.figure.metric),
                pair=f"{a.figure.reporter}-{a.figure.partner}",
                first=_written(a), first_period=a.figure.period, second=_written(b),
                second_period=b.figure.period, factor=f"{big.figure.value / small.figure.value:,.0f}",
                slipped=_written(slipped), meant=_unit_meant(slipped, factor)),
                [a.figure.id, b.figure.id], _ev(a, b)))
    return out


def _said_against_values(infos: list[FigureInfo], msg: dict[str, Any]) -> list[Flag]:
    """A level said to have fallen ("imports fell to ...") that is higher than the same pair's level of
    the year before (or said to have risen and lower): the two years' values look swapped."""
    out = []
    by_key = {(i.figure.metric, _pair(i), i.figure.period): i for i in reversed(infos)
              if i.figure.metric in _LEVELS and i.figure.period and i.figure.period != "cumulative"}
    for c in infos:
        if c.said is None or not c.figure.period or c.figure.period == "cumulative":
            continue
        sign, word = c.said
        b = by_key.get((c.figure.metric, _pair(c), shift_period(c.figure.period, -1)))
        if b is None or b is c or not _same_unit(b, c):
            continue
        # "disminuyeron hasta 45.300 millones": after a rise or fall word, "hasta" is "to", not "up to".
        c_lo, c_hi = replace(c.quantity, qualifier=None).bounds() if c.quantity.qualifier == "under" else bounds(c)
        # "أقل من 1.1 مليار في 2022", "less than ... the year before": the bound before the earlier level is
        # the comparison itself.
        b_lo, b_hi = replace(b.quantity, qualifier=None).bounds() \
            if b.quantity.qualifier == ("under" if sign < 0 else "over") else bounds(b)
        # A number written to its last digit is a half-open interval ("19" is 18.5 up to but not 19.5): a
        # level whose greatest value is the other's least is still below it ("19兆円" after "20兆円").
        if (sign < 0 and c_lo >= b_hi) or (sign > 0 and c_hi <= b_lo):
            out.append(Flag("period_order", "error", msg["said_against_values"].format(
                metric=msg["metric_names"].get(c.figure.metric, c.figure.metric), word=word,
                current=_written(c), period=c.figure.period, base=_written(b), base_period=b.figure.period,
                way=("higher" if sign < 0 else "lower"), moved=("fallen" if sign < 0 else "risen")),
                [b.figure.id, c.figure.id], _ev(b, c)))
    return out


def _borne_out(a: FigureInfo, b: FigureInfo, rates: list[FigureInfo]) -> bool:
    """Whether a stated growth of the metric from the earlier of two periods to the later fits both levels."""
    if a.figure.period == b.figure.period:
        return False
    early, late = (a, b) if shift_period(a.figure.period or "", 1) == b.figure.period else (b, a)
    metric = a.figure.metric
    for g in rates:
        if g.figure.metric != "growth_pct" or _pair(g) != _pair(a) or g.figure.period != late.figure.period \
                or (g.of_metric or "trade_turnover") != metric:
            continue
        if overlap(growth_interval(bounds(late), bounds(early)), bounds(g)):
            return True
    return False


def _odd_one(small: FigureInfo, big: FigureInfo, levels: list[FigureInfo]) -> tuple[FigureInfo, float]:
    """Which of two levels a thousand apart slipped: the one fewer of the pair's other levels are
    near (within a factor of 30); the smaller one when nothing else tells. Gives it and the factor
    that mends it."""
    def near(x: FigureInfo) -> int:
        return sum(1 for o in levels if o is not small and o is not big and _pair(o) == _pair(x)
                   and _same_unit(o, x) and o.figure.value > 0
                   and 1 / 30 <= o.figure.value / max(x.figure.value, 1e-9) <= 30)
    if near(big) < near(small):
        return big, 1e-3
    return small, 1e3


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


# A part this many times its total is no slip of a digit: a unit word slipped.
_PART_SLIP_LOW = 20.0
# An amount read in another scale mends a sum only when written to a twentieth of itself or finer.
_MEND_PRECISION = 0.05
# Parts said to make up a total that add up to less than its share this many times (47 + 30 of 500):
# the numbers cannot all be true.
_PARTS_FAR_BELOW = 2.0


def _aid_sums(infos: list[FigureInfo], msg: dict[str, Any], lang: str = "en") -> list[Flag]:
    """Aid parts against the total they make up: grants and loans add up to no more than their total (an
    error), and to all of it when they are all that is stated (else a warning)."""
    out = []
    by_total: dict[int, list[FigureInfo]] = defaultdict(list)
    for i in infos:
        if i.part_of is not None:
            by_total[id(i.part_of)].append(i)
    for t in infos:
        parts = by_total.get(id(t), [])
        if not parts or not all(_same_unit(t, p) for p in parts):
            continue
        tb = bounds(t)
        lo, hi = sum(bounds(p)[0] for p in parts), sum(bounds(p)[1] for p in parts)
        # Parts above their total cannot be; parts below it may leave some out ("including"), unless
        # they are all that is stated: then a warning.
        # A number written to its last digit stands for a half-open interval ("21" is 20.5 up to 21.5, "20"
        # up to but not 20.5): a part whose least value is the total's bound is still larger than it.
        over = lo >= tb[1] or any(bounds(p)[0] >= tb[1] for p in parts)
        biggest = max(parts, key=lambda p: p.figure.value)
        short = not over and _short_of_rounded_total(t, parts, tb, hi)
        up = scale_up(lang, t, parts) if over and t.figure.value > 0 else None
        if over and t.figure.value > 0 and _PART_SLIP_LOW <= biggest.figure.value / t.figure.value \
                and up is not None:
            # Parts many times their total that a total a thousand times larger would hold: the total's
            # unit slipped ("a loan of 8 million dollars, whose first tranche of 820 million").
            out.append(Flag("scale", "error", msg["aid_unit_slip"].format(
                metric=msg["metric_names"].get(t.figure.metric, t.figure.metric),
                part=_written(biggest), factor=f"{biggest.figure.value / t.figure.value:,.0f}", stated=_written(t),
                period=_period_note(t.figure.period), meant=_SCALE_NAMES.get(up or 0.0, "another unit")),
                [t.figure.id, biggest.figure.id], _ev(t, biggest)))
        elif t.parts_whole and (over or hi < tb[0]) and (mend := scale_mend(lang, t, parts)) is not None:
            # All the parts stated, and one scale word read as another of the language's makes them add up
            # ("総額30億ドル、内訳は ... 10億ドル、... 20万ドル"): that word slipped.
            slipped, scale = mend
            out.append(Flag("scale", "error", msg["aid_parts_scale"].format(
                metric=msg["metric_names"].get(t.figure.metric, t.figure.metric),
                parts=" + ".join(_written(p) for p in parts),
                total=format_amount(sum(p.figure.value for p in parts), t.figure.unit),
                stated=_written(t), period=_period_note(t.figure.period),
                meant=_SCALE_NAMES.get(scale, "another unit"), slipped=_written(slipped)),
                [t.figure.id] + [p.figure.id for p in parts], _ev(t, *parts)))
        elif t.parts_whole and (hi < tb[0] or short) and (digit := digit_mend(t, parts)) is not None:
            # All the parts stated, short of their total, and one of them read ten times larger makes them add up
            # ("2.3 billion, of which 1.8 billion in loans and 50 million in grants"): a digit of it slipped.
            out.append(Flag("scale", "error", msg["aid_parts_digit"].format(
                metric=msg["metric_names"].get(t.figure.metric, t.figure.metric),
                parts=" + ".join(_written(p) for p in parts),
                total=format_amount(sum(p.figure.value for p in parts), t.figure.unit),
                stated=_written(t), period=_period_note(t.figure.period),
                meant=format_amount(digit.figure.value * 10, t.figure.unit), slipped=_written(digit)),
                [t.figure.id] + [p.figure.id for p in parts], _ev(t, *parts)))
        elif over or (t.parts_whole and hi < tb[0]) or short:
            # All the parts stated and less than half their total: no rounding or part left unsaid explains it.
            # Nor does it when parts written to a finer digit fall short of a round total by more than their
            # own rounding and a twentieth of it ("3 δισ.: 1,2 δισ. ... και 1,5 δισ.").
            far = t.parts_whole and hi * _PARTS_FAR_BELOW < tb[0]
            out.append(Flag("sum_mismatch", "error" if over or far or short or t.parts_summed else "warning",
                            msg["aid_sum_mismatch"].format(
                metric=msg["metric_names"].get(t.figure.metric, t.figure.metric),
                parts=" + ".join(_written(p) for p in parts),
                total=format_amount(sum(p.figure.value for p in parts), t.figure.unit),
                stated=_written(t), period=_period_note(t.figure.period)),
                [t.figure.id] + [p.figure.id for p in parts], _ev(t, *parts)))
    return out


_ROUND_TOTAL_SLACK = 0.05   # a round total may stand for its parts' sum give or take this share of it


def _short_of_rounded_total(t: FigureInfo, parts: list[FigureInfo], tb: Interval, hi: float) -> bool:
    """Whether all the stated parts of a total, each written to a finer digit than the total, add up to
    less than the total by more than the parts' own rounding and a twentieth of the total: "3 billion:
    1.2 billion in grants and 1.5 billion in loans" is no rounding of 2.7 (it would be written "2.7")."""
    if not t.parts_whole or t.quantity.qualifier is not None or any(p.quantity.qualifier for p in parts):
        return False
    if any(p.quantity.half_step >= t.quantity.half_step for p in parts):
        return False
    mid = (tb[0] + tb[1]) / 2
    slack = max(sum((bounds(p)[1] - bounds(p)[0]) / 2 for p in parts), _ROUND_TOTAL_SLACK * mid)
    return hi < mid - slack


def _flow(info: FigureInfo) -> tuple[str | None, str | None]:
    """Which way the goods of an export or import go: from the seller to the buyer."""
    f = info.figure
    return (f.reporter, f.partner) if f.metric == "exports" else (f.partner, f.reporter)


def _opposite(a: FigureInfo, b: FigureInfo) -> bool:
    """Whether two exports (or two imports) of one pair go opposite ways ("U.S. exports to Vietnam" and
    "Vietnam's exports to the United States"): the two parts of their turnover, not one value stated twice."""
    fa, fb = _flow(a), _flow(b)
    return None not in fa and None not in fb and fa == fb[::-1] and not overlap(bounds(a), bounds(b))


def _two_ways(exports: list[FigureInfo], imports: list[FigureInfo]) -> tuple[list[FigureInfo], list[FigureInfo]]:
    """The exports and imports a turnover is the sum of, whichever side each is worded from: two exports of
    a pair that go opposite ways are one side's exports and the other's (so the first side's imports)."""
    if exports and imports:
        return exports, imports
    for same in (exports, imports):
        other = next((o for o in same[1:] if _opposite(same[0], o)), None)
        if other is not None:
            rest = [o for o in same if o is not other]
            return (rest, [other]) if same is exports else ([other], rest)
    return exports, imports


def _conflicts(by_metric: dict[str, list[FigureInfo]], key: str | None, msg: dict[str, Any]) -> list[Flag]:
    out = []
    for metric, members in by_metric.items():
        if len(members) < 2 or not key:
            continue
        first = members[0]
        for other in members[1:]:
            if other.part_of is not None or first.part_of is not None or other.part_of is first:
                continue        # the grants and loans of an aid total are its parts, not other values
            if metric in ("exports", "imports") and _opposite(first, other):
                continue        # one side's exports and the other's: two flows, not two values of one
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
        base=_written(b), base_period=base_key, current=_written(c), period=g.period_key or "?",
        implied=f"{change:+,.1f} %", growth=f"{g.figure.value:+,.1f} % (\"{g.figure.as_written}\")"),
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
        elif used and p.year < 1900 and not _other_calendar_year(doc, int(p.year)):
            text = msg["impossible_year_early"].format(written=written)
        elif used and pub_year is not None and p.year > pub_year:
            text = msg["impossible_year_future"].format(written=written, published=pub)
        if text:
            seen.add(p.start)
            out.append(Flag("impossible_year", "error", text, [i.figure.id for i in used],
                            [Evidence(p.start, p.end, doc.sentence_of(p.start))]))
    return out


# How many years back a year of another calendar may name (a century and a half of trade statistics).
_CALENDAR_SPAN = 150


def _other_calendar_year(doc: Document, year: int) -> bool:
    """Whether a year before 1900 is a recent year of a calendar the article's language writes years in
    ("سال ۱۴۰۲": the Solar Hijri year 1402): a year of that calendar, not an impossible one."""
    calendars = (resources.load(doc.lang or "en", "dates") or {}).get("calendars") or {}
    today = doc.source.published or datetime.date.today()
    for name in calendars:
        converter = CONVERTERS.get(name)
        if converter is None:
            continue
        now = int(converter.from_gregorian(today.year, today.month, today.day)[0])
        if now - _CALENDAR_SPAN <= year <= now:
            return True
    return False


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
