"""Repair: when figures fail their checks, find the one reading of their numbers that passes.

One solver explains every repair. A problem is a set of roles, each keeping the scale and unit
of the number written there, and the numbers that may fill them:
- a failing passage (the sentences a failing check names, with the adjacent sentences about the
  same pair and period: turnover in one sentence, exports and imports in the next), whose roles are
  turnover, exports, imports, base turnover, growth, year and base year;
- an aid total whose parts, all stated, do not add up to it ("4.1 billion, of which 6.2 billion in
  grants and 2.1 billion in loans"): the roles total and part;
- a level said to have risen or fallen from the year before's when the numbers say the opposite
  ("rose to 2.1 billion from 2.6 billion"): the roles level and prior (the repair swaps them).
Where exactly one assignment passes every check (exports and imports count as one, as do the
parts of a total, since arithmetic cannot tell them apart), an `info` flag of kind `repair`
carries it as a proposal. An aid total and its parts that a scale word sets apart (a `scale` error) are
mended apart from the solver: the one scale word of the language that, read in place of the one written,
makes the parts fit (`scale_mend`)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from .. import resources
from ..document import Document, Evidence, Flag, Figure
from ..text.numbers import YEAR, format_amount
from ..text.periods import PeriodMention, period_string
from .figures import FigureInfo

_MAX_SLOTS = 8
_MAX_AID_PARTS = 5
# An aid total and its parts are roles too: the parts (like exports and imports) cannot be told apart.
_ROLES = ("turnover", "exports", "imports", "base", "growth", "year", "base_year", "total", "part", "level", "prior")
_INTERCHANGEABLE = {"exports": "part", "imports": "part", "part": "part"}


@dataclass(frozen=True)
class _Numeral:
    value: float
    half: float          # half-step, in the numeral's own units
    integer: bool


@dataclass(frozen=True)
class _Slot:
    role: str
    scale: float
    sign: int
    unit: str | None
    period_months: tuple[int, int] | None = None
    period: str | None = None        # an aid total's or part's period, as its figure has it
    metric: str | None = None        # a level's metric, as its figure has it
    said: int = 0                    # a level said to have risen (+1) or fallen (-1) from its prior


def _in(lo: float, hi: float, a: float, b: float) -> bool:
    return lo <= b + 1e-9 and a <= hi + 1e-9


_SPAN_KINDS = ("year", "months_to", "month_range", "quarter", "half")


def _numerals_of_passage(doc: Document, passage: list[int], infos: list[FigureInfo]
                         ) -> tuple[list[_Slot], list[_Numeral], list[FigureInfo]] | None:
    mine = [i for i in infos if i.sentence in passage]
    slots: list[_Slot] = []
    nums: list[_Numeral] = []
    used_roles: set[str] = set()
    current: PeriodMention | None = None
    for info in mine:
        metric = info.figure.metric
        role = {"trade_turnover": "base" if info.base else "turnover", "exports": "exports",
                "imports": "imports", "growth_pct": "growth"}.get(metric)
        if role is None:
            continue        # investment, aid: no check ties them to the others
        if role in used_roles:
            return None
        used_roles.add(role)
        q = info.quantity
        if role == "growth" and q.unit != "percent":
            return None
        scale = q.scale if q.unit != "percent" else 1.0
        slots.append(_Slot(role, scale, info.sign if role == "growth" else 1, q.unit))
        nums.append(_Numeral(q.numeral, q.half_step / (scale or 1.0), q.decimals == 0))
        if not info.base and info.period_mention is not None and info.period_mention.kind in _SPAN_KINDS:
            current = current or info.period_mention
    mine = [i for i in mine if i.figure.metric in ("trade_turnover", "exports", "imports", "growth_pct")]
    years = {q.start: q for q in doc.layers.get("numbers") or [] if q.kind == YEAR}
    spans = [doc.sentences[si] if doc.sentences else (0, len(doc.text)) for si in passage]
    seen_years: set[float] = set()
    for p in doc.layers.get("periods") or []:
        if not any(s0 <= p.start < s1 for s0, s1 in spans) or p.year is None:
            continue
        y = years.get(p.start)
        if y is None:
            continue
        role = "year" if current is not None and p is current else "base_year"
        if y.numeral in seen_years and role == "base_year":
            continue        # the same year named again in the next sentence
        seen_years.add(y.numeral)
        if role in used_roles:
            return None
        used_roles.add(role)
        slots.append(_Slot(role, 1.0, 1, None, p.months))
        nums.append(_Numeral(y.numeral, y.half_step, y.decimals == 0))
    if len(slots) > _MAX_SLOTS or not {"turnover", "exports", "imports"} <= used_roles and \
            not {"turnover", "base", "growth"} <= used_roles:
        return None
    return slots, nums, mine


def _passes(slots: list[_Slot], assign: tuple[_Numeral, ...], pub_year: int | None, complete: bool = True) -> bool:
    vals: dict[str, tuple[float, float, float]] = {}
    parts: list[tuple[float, float]] = []
    for slot, n in zip(slots, assign):
        if slot.role in ("year", "base_year"):
            if not n.integer or n.value < 1900 or (pub_year is not None and n.value > pub_year):
                return False
        v = n.value * slot.scale * slot.sign
        h = n.half * slot.scale
        if slot.role == "part":
            parts.append((v, h))
        else:
            vals[slot.role] = (v, v - h, v + h)
    if "year" in vals and "base_year" in vals and vals["base_year"][0] >= vals["year"][0]:
        return False
    t = vals.get("turnover")
    if t and "exports" in vals and "imports" in vals:
        e, i = vals["exports"], vals["imports"]
        if not _in(t[1], t[2], e[1] + i[1], e[2] + i[2]):
            return False
    if t:
        for part in ("exports", "imports"):
            if part in vals and t[2] < vals[part][1]:
                return False
    b, g = vals.get("base"), vals.get("growth")
    if t and b and g:
        if b[1] <= 0:
            return False
        lo = (t[1] - b[2]) / b[2] * 100.0
        hi = (t[2] - b[1]) / b[1] * 100.0
        if not _in(lo, hi, g[1], g[2]):
            return False
    # A level said to have risen (fallen) from the year before's is not below (above) it.
    level, prior = vals.get("level"), vals.get("prior")
    if level and prior:
        said = next(s.said for s in slots if s.role == "level")
        if (said > 0 and level[2] < prior[1]) or (said < 0 and level[1] > prior[2]):
            return False
    # An aid total whose parts are all stated: they add up to it (checked once every part is placed).
    whole = vals.get("total")
    if whole and parts and complete:
        lo, hi = sum(v - h for v, h in parts), sum(v + h for v, h in parts)
        if not _in(whole[1], whole[2], lo, hi):
            return False
    return True


def _solutions(slots: list[_Slot], nums: list[_Numeral], pub_year: int | None) -> Iterator[tuple[_Numeral, ...]]:
    """Assignments of `nums` to `slots` that pass every check, each reading once.

    A depth-first search that checks each constraint as soon as its roles are filled,
    so a failing sum or year prunes every assignment below it.
    """
    order = sorted(range(len(slots)), key=lambda i: _ROLES.index(slots[i].role))
    ordered = [slots[i] for i in order]
    seen: set[tuple[tuple[str, float], ...]] = set()
    chosen: list[_Numeral] = []
    free = [True] * len(nums)

    def walk(k: int) -> Iterator[tuple[_Numeral, ...]]:
        if k == len(ordered):
            key = tuple(sorted((_INTERCHANGEABLE.get(s.role, s.role), n.value) for s, n in zip(ordered, chosen)))
            if key not in seen:
                seen.add(key)
                by_slot: list[_Numeral | None] = [None] * len(slots)
                for j, n in zip(order, chosen):
                    by_slot[j] = n
                yield tuple(n for n in by_slot if n is not None)
            return
        for j, n in enumerate(nums):
            if not free[j]:
                continue
            free[j] = False
            chosen.append(n)
            if _passes(ordered[:k + 1], tuple(chosen), pub_year, k + 1 == len(ordered)):
                yield from walk(k + 1)
            chosen.pop()
            free[j] = True

    yield from walk(0)


def _aid_numerals(infos: list[FigureInfo], flag: Flag) -> tuple[list[_Slot], list[_Numeral], list[FigureInfo]] | None:
    """The slots of an aid total and its parts that do not add up ("4.1 billion, of which 6.2 billion in
    grants and 2.1 billion in loans"): the total's role, then a part's for each part, each keeping its
    scale and unit as written."""
    if flag.kind != "sum_mismatch" or flag.severity != "error" or not flag.figures:
        return None
    by_id = {i.figure.id: i for i in infos}
    mine = [by_id[f] for f in flag.figures if f in by_id]
    if len(mine) != len(flag.figures) or len(mine) > _MAX_AID_PARTS + 1:
        return None
    total, parts = mine[0], mine[1:]
    if total.figure.metric != "aid" or not parts or any(p.part_of is not total for p in parts) \
            or not total.parts_whole:
        return None
    slots = [_Slot("total" if n == 0 else "part", i.quantity.scale, 1, i.figure.unit, period=i.figure.period)
             for n, i in enumerate(mine)]
    nums = [_Numeral(i.quantity.numeral, i.quantity.half_step / (i.quantity.scale or 1.0),
                     i.quantity.decimals == 0) for i in mine]
    return slots, nums, mine


def _said_numerals(infos: list[FigureInfo], flag: Flag) -> tuple[list[_Slot], list[_Numeral], list[FigureInfo]] | None:
    """The slots of a level said to have risen or fallen from the year before's, against the numbers
    ("rose to 2.1 billion from 2.6 billion"): the level's role and its prior's, each of its own period."""
    if flag.kind != "period_order" or len(flag.figures) != 2:
        return None
    by_id = {i.figure.id: i for i in infos}
    mine = [by_id[f] for f in flag.figures if f in by_id]
    if len(mine) != 2 or mine[1].said is None:
        return None
    # A period stated with two values ("43.82 million ... 2.8 billion" for one year): which is its level
    # is not known, so no swap is proposed.
    if any(i.figure.metric == f.metric and i.figure.period == f.period and i.figure.value != f.value and not i.base
           and {i.figure.reporter, i.figure.partner} == {f.reporter, f.partner}
           for f in (m.figure for m in mine) for i in infos):
        return None
    slots = [_Slot(role, i.quantity.scale, 1, i.figure.unit, period=i.figure.period, metric=i.figure.metric,
                   said=mine[1].said[0] if role == "level" else 0) for role, i in zip(("prior", "level"), mine)]
    nums = [_Numeral(i.quantity.numeral, i.quantity.half_step / (i.quantity.scale or 1.0), i.quantity.decimals == 0)
            for i in mine]
    return slots, nums, mine


def _problems(doc: Document, infos: list[FigureInfo], flags: list[Flag]
              ) -> Iterator[tuple[list[_Slot], list[_Numeral], list[FigureInfo], list[Evidence]]]:
    """What the solver is asked to explain: each failing passage of trade levels, growth and years,
    then each aid total with parts that do not add up."""
    for passage in _passages(infos, flags):
        found = _numerals_of_passage(doc, passage, infos)
        if found is None:
            continue
        slots, nums, mine = found
        if len(nums) > 1 and len({n.value for n in nums}) < len(nums) and len(nums) > 7:
            continue
        s0 = doc.sentences[passage[0]][0] if doc.sentences else 0
        s1 = doc.sentences[passage[-1]][1] if doc.sentences else len(doc.text)
        yield slots, nums, mine, [Evidence(s0, s1, passage[0])]
    for flag in flags:
        aid = _aid_numerals(infos, flag)
        if aid is not None:
            yield aid + (list(flag.evidence),)
    for flag in flags:
        said = _said_numerals(infos, flag)
        if said is not None:
            yield said + (list(flag.evidence),)


def propose_repairs(doc: Document, infos: list[FigureInfo], flags: list[Flag]) -> list[Flag]:
    """`info` flags proposing the one consistent reading of each failing passage or aid total."""
    msg = resources.load("en", "messages")
    pub_year = doc.source.published.year if doc.source.published else None
    out = _scale_repairs(doc, infos, flags, msg)
    repaired: set[str] = {f for r in out for f in r.figures}
    for slots, nums, mine, evidence in _problems(doc, infos, flags):
        if {i.figure.id for i in mine} <= repaired:
            continue        # a passage's repair already reads these numbers
        sols = []
        for sol in _solutions(slots, nums, pub_year):
            sols.append(sol)
            if len(sols) > 1:
                break
        if len(sols) != 1 or tuple(sols[0]) == tuple(nums):
            continue
        proposal = _proposal(slots, sols[0], mine)
        text = "; ".join(f"{_label(p, msg)} {p['period']} = {format_amount(p['value'], p['unit'])}"
                         for p in proposal)
        if {"exports", "imports"} <= {s.role for s in slots}:
            text += msg["repair_note"]
        repaired |= {i.figure.id for i in mine}
        out.append(Flag("repair", "info", msg["repair"].format(proposal=text),
                        [i.figure.id for i in mine], evidence, [{k: v for k, v in p.items() if k != "role"}
                                                                for p in proposal]))
    return out


@cache
def language_scales(lang: str) -> tuple[float, ...]:
    """The factors of the language's scale words (`numbers.toml [scales]`, `[money_scales]`) from a
    thousand up: the words a writer may put one in place of another."""
    data = resources.load(lang, "numbers") or {}
    found = {float(v) for table in ("scales", "money_scales") for v in (data.get(table) or {}).values()}
    return tuple(sorted(f for f in found if f >= 1e3))


def _read_as(info: FigureInfo, scale: float | None = None) -> tuple[float, float]:
    """The values a figure's amount may have, its scale word read as `scale` (as written when None)."""
    q = info.quantity
    if scale is None or not q.scale:
        return q.bounds()
    lo, hi = q.bounds()
    return lo / q.scale * scale, hi / q.scale * scale


def _parts_fit(total: tuple[float, float], parts: list[tuple[float, float]], whole: bool) -> bool:
    """Whether parts fit their total: none above it, nor their sum; all of it when they are its whole."""
    lo, hi = sum(p[0] for p in parts), sum(p[1] for p in parts)
    if lo > total[1] + 1e-9:
        return False
    return not whole or hi >= total[0] - 1e-9


# A scale word slipped when the one meant is at least a thousand times the written one, or at most a thousandth
# (万 and 億, million and billion); "lakh" for "crore" or one digit more is another mistake.
_SLIP_STEP = 1e3 - 1e-6
_NEGLIGIBLE = 0.01


def scale_mend(lang: str, total: FigureInfo, parts: list[FigureInfo]) -> tuple[FigureInfo, float] | None:
    """The one amount among a total and all its parts whose scale word, read as another of the
    language's, makes the parts add up to the total ("総額30億ドル ... 10億ドル、20万ドル": 20億 was
    meant): that amount and the scale meant; None when no reading or more than one fits."""
    found: list[tuple[FigureInfo, float]] = []
    for member in [total, *parts]:
        if (member.quantity.scale or 1.0) < 1e3:
            continue        # no scale word written: none slipped
        for scale in language_scales(lang):
            if _SLIP_STEP > scale / member.quantity.scale > 1 / _SLIP_STEP:
                continue        # a digit more or less ("32" for "320") is no slip of the scale word
            if member is not total and member.quantity.numeral * scale < _NEGLIGIBLE * total.figure.value:
                continue        # a part read as a sliver of its total mends nothing: the round parts' margins fit
            t = _read_as(total, scale if member is total else None)
            ps = [_read_as(p, scale if p is member else None) for p in parts]
            if _parts_fit(t, ps, True):
                found.append((member, scale))
    return found[0] if len(found) == 1 else None


_DIGIT = 10.0


def digit_mend(total: FigureInfo, parts: list[FigureInfo]) -> FigureInfo | None:
    """The one part of a total, all of whose parts are stated and fall short of it, that read ten times larger
    (a zero dropped: "50 million" for "500 million") makes the parts add up to the total; None when no part
    or more than one does."""
    t = _read_as(total)
    found = [p for p in parts
             if _parts_fit(t, [(lo * _DIGIT, hi * _DIGIT) if o is p else (lo, hi)
                               for o in parts for lo, hi in [_read_as(o)]], True)]
    return found[0] if len(found) == 1 else None


def scale_up(lang: str, total: FigureInfo, parts: list[FigureInfo]) -> float | None:
    """The smallest scale word of the language, a thousand times the written one or more, at which a total
    holds its parts ("8 million dollars" -> billion; "4500万ドル" -> 億): the word likely meant, or None."""
    written = total.quantity.scale or 1.0
    return next((s for s in language_scales(lang) if s >= written * _SLIP_STEP
                 and _parts_fit(_read_as(total, s), [_read_as(p) for p in parts], False)), None)


def _scale_repairs(doc: Document, infos: list[FigureInfo], flags: list[Flag], msg: dict[str, Any]) -> list[Flag]:
    """Repairs of an aid total and its parts that a scale word set apart (a `scale` error on them): the
    one reading of a scale word that makes the parts fit, all of them when they are the whole, else the
    total read in the scale word the error names (`scale_up`)."""
    by_id = {i.figure.id: i for i in infos}
    out = []
    for flag in flags:
        if flag.kind != "scale" or flag.severity != "error" or not flag.figures:
            continue
        note = "repair_scale"
        total = by_id.get(flag.figures[0])
        trade = _trade_parts(flag, by_id)
        if trade is not None:
            # An export and an import that a scale word sets apart from their turnover: both are its whole.
            total, parts = trade
        elif total is None or total.figure.metric not in ("aid", "investment"):
            continue
        else:
            parts = [i for i in infos if i.part_of is total]
        if not parts:
            continue
        if total.parts_whole or trade is not None:
            mend = scale_mend(doc.lang or "en", total, parts)
            digit = digit_mend(total, parts) if mend is None and trade is None else None
            if digit is not None:
                note = "repair_digit"
                mend = (digit, (digit.quantity.scale or 1.0) * _DIGIT)
        else:
            up = scale_up(doc.lang or "en", total, parts) if total.quantity.scale else None
            mend = (total, up) if up is not None else None
        if mend is None:
            continue
        member, scale = mend
        proposal: list[dict[str, Any]] = [{"metric": i.figure.metric, "period": i.figure.period,
                     "value": round(i.quantity.numeral * scale if i is member else i.figure.value, 6),
                     "unit": i.figure.unit,
                     "role": "level" if trade is not None else "total" if i is total else "part"}
                    for i in [total, *parts]]
        text = "; ".join(f"{_label(p, msg)} {p['period']} = {format_amount(p['value'], p['unit'])}" for p in proposal)
        out.append(Flag("repair", "info", msg[note].format(proposal=text),
                        [i.figure.id for i in [total, *parts]], list(flag.evidence),
                        [{k: v for k, v in p.items() if k != "role"} for p in proposal]))
    return out


def _trade_parts(flag: Flag, by_id: dict[str, FigureInfo]) -> tuple[FigureInfo, list[FigureInfo]] | None:
    """The turnover and its export and import that a `scale` error names (in that order: export, import,
    turnover), or None when the error is of other figures."""
    named = [by_id.get(f) for f in flag.figures]
    if len(named) != 3 or any(i is None for i in named):
        return None
    e, i, t = named
    assert e is not None and i is not None and t is not None
    if (e.figure.metric, i.figure.metric, t.figure.metric) != ("exports", "imports", "trade_turnover"):
        return None
    return t, [e, i]


def _label(proposal: dict[str, Any], msg: dict[str, Any]) -> str:
    """How a repair names a value: its metric, or whether it is an aid total or a part of one."""
    role = proposal.get("role")
    return str(msg["repair_total"] if role == "total" else msg["repair_part"] if role == "part"
               else proposal["metric"])


def _passages(infos: list[FigureInfo], flags: list[Flag]) -> list[list[int]]:
    """Sentence sets to search: the sentences of each error flag, merged where they share one,
    grown by the adjacent sentences whose figures are about the same pair and period."""
    by_id = {i.figure.id: i for i in infos}
    groups: list[set[int]] = []
    for flag in flags:
        if flag.severity != "error":
            continue
        found = {by_id[f].sentence for f in flag.figures if f in by_id}
        if not flag.figures:
            found |= {ev.sentence for ev in flag.evidence if ev.sentence is not None}
        if not found:
            continue
        for g in [g for g in groups if g & found]:
            found |= g
            groups.remove(g)
        groups.append(found)
    by_sentence: dict[int, list[FigureInfo]] = {}
    for info in infos:
        by_sentence.setdefault(info.sentence, []).append(info)

    def about(info: FigureInfo) -> tuple[frozenset[str], str | None]:
        return frozenset(c for c in (info.figure.reporter, info.figure.partner) if c), info.period_key

    out = []
    for g in groups:
        keys = {about(i) for si in g for i in by_sentence.get(si, []) if not i.base}
        for step in (-1, 1):
            si = (min(g) if step < 0 else max(g)) + step
            while si in by_sentence and any(about(i) in keys for i in by_sentence[si] if not i.base):
                g.add(si)
                si += step
        out.append(sorted(g))
    out.sort()
    return out


def _proposal(slots: list[_Slot], assign: tuple[_Numeral, ...], mine: list[FigureInfo]) -> list[dict[str, Any]]:
    if any(s.role == "level" for s in slots):
        return [{"metric": s.metric, "period": s.period, "value": round(n.value * s.scale, 6), "unit": s.unit}
                for s, n in sorted(zip(slots, assign), key=lambda sn: sn[0].role != "level")]
    if any(s.role == "total" for s in slots):
        return [{"metric": "aid", "period": s.period, "value": round(n.value * s.scale, 6), "unit": s.unit,
                 "role": s.role} for s, n in zip(slots, assign)]
    vals = {s.role: (n.value, s) for s, n in zip(slots, assign)}
    cur_fig: Figure | None = next((i.figure for i in mine if not i.base and i.figure.period), None)
    base_fig: Figure | None = next((i.figure for i in mine if i.base and i.figure.period), None)
    current = cur_fig.period if cur_fig else None
    base = base_fig.period if base_fig else None
    if "year" in vals:
        current = period_string(int(vals["year"][0]), vals["year"][1].period_months)
    if "base_year" in vals:
        base = period_string(int(vals["base_year"][0]), vals["base_year"][1].period_months)
    out: list[dict[str, Any]] = []
    names = {"turnover": "trade_turnover", "exports": "exports", "imports": "imports",
             "growth": "growth_pct", "base": "trade_turnover"}
    for role in ("turnover", "exports", "imports", "growth", "base"):
        if role not in vals:
            continue
        value, slot = vals[role]
        out.append({"metric": names[role], "period": base if role == "base" else current,
                    "value": round(value * slot.scale * slot.sign, 6), "unit": slot.unit})
    return out
