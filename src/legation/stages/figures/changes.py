"""Levels, changes and targets: an amount that is a change ("rose by $X", "$X less than") and the
period it is measured from, growth values and growth between two stated levels, targets, a level
said to have risen or fallen, and the level a sentence leaves for the next.
"""

from __future__ import annotations

import re

from ...document import Evidence, Figure
from ...text.numbers import MONEY, PERCENT, Quantity
from ...text.periods import PeriodMention, shift_period
from .lexicon import _Lexicon, _metric_of
from .metrics import _role
from .model import FigureInfo, _CLAUSE_END, _CLAUSE_END_SPACED, _Context, _Period, _YEAR_WORD
from .parties import CountryMention, figure_pair, parties


_CARRIED = ("trade_turnover", "exports", "imports")


def _growth_between_levels(mine: list[FigureInfo]) -> None:
    """A growth rate in a sentence that states its metric's level in two periods ("fell 9 % from
    $41.3 billion in 2021 to $37.6 billion in 2022", "2021'deki ... dolardan %9 azalarak 2022'de ...
    dolara", "снизился на 9 % с ... в 2021 году до ... в 2022 году") is the change from the earlier
    level to the later: of the later period, measured against the earlier one, whichever year
    stands nearest the percentage."""
    for g in mine:
        if g.figure.metric != "growth_pct":
            continue
        metric = g.of_metric or "trade_turnover"
        sides = {g.figure.reporter, g.figure.partner}
        levels = [i for i in mine if i.figure.metric == metric and not i.of_metric and i.figure.period
                  and i.figure.period != "cumulative" and {i.figure.reporter, i.figure.partner} == sides]
        periods = sorted({i.figure.period or "" for i in levels})
        if len(levels) != 2 or len(periods) != 2 or g.figure.period not in (*periods, None) \
                or len(periods[0]) != len(periods[1]):
            continue
        early, late = periods
        later = next(i for i in levels if i.figure.period == late)
        g.figure.period, g.figure.compared_to = late, early
        g.period_key, g.period_mention = late, later.period_mention


def _to_level_period(mine: list[FigureInfo], currents: list[_Period]) -> None:
    """A level of the period its sentence's base value has ("2023 жылы ... 2022 жылғы 31 млрд доллардан 24
    млрд долларға дейін", "2023-cü ildə ... 2022-ci ildəki ... dollardan ... dollara"): the year written
    before the "from" amount is the base's; the "to" amount is of the sentence's one later period."""
    for level in mine:
        period = level.figure.period
        if level.base or level.figure.metric not in _CARRIED or not period or period == "cumulative" \
                or not any(b.base and b.figure.metric == level.figure.metric and b.figure.period == period
                           and b.figure.unit == level.figure.unit for b in mine):
            continue
        later = {c[1]: c for c in currents if c[1] and c[1] != "cumulative" and len(c[1]) == len(period)
                 and c[1] > period}
        if len(later) == 1:
            mention, value, _, _ = next(iter(later.values()))
            level.figure.period, level.period_key, level.period_mention = value, value, mention


def _said_between_levels(mine: list[FigureInfo], folded: str, lex: _Lexicon, s0: int, s1: int,
                         sq: list[Quantity], roles: list[re.Match[str]]) -> None:
    """A sentence that states one metric's level in two consecutive periods and says which way it went
    ("790억 달러로 2022년 870억 달러보다 증가했다", "2022年の870億ドルから増加した", "أقل من", "a rise
    from ... to ..."): the later level is said to have risen (or fallen) against the earlier. The rise or
    fall words are those around the two amounts, up to the amounts of other figures beside them; they
    must all go one way, with no role word of another metric among them."""
    for late in mine:
        metric = late.figure.metric
        if metric not in _CARRIED or late.said is not None or late.base or not late.figure.period \
                or late.figure.period == "cumulative":
            continue
        early = [i for i in mine if i.figure.metric == metric and i is not late and i.figure.unit == late.figure.unit
                 and i.figure.period == shift_period(late.figure.period, -1)
                 and {i.figure.reporter, i.figure.partner} == {late.figure.reporter, late.figure.partner}]
        if len(early) != 1:
            continue
        a, b = sorted((late.quantity, early[0].quantity), key=lambda q: q.start)
        lo = max([s0] + [o.end for o in sq if o.kind == MONEY and o.end <= a.start])
        hi = min([s1] + [o.start for o in sq if o.kind == MONEY and o.start >= b.end])
        # "more than $5 billion": a bound of the amount it stands before (a comparison word, or one the
        # amount reads as its qualifier), not a comparison; before the earlier level ("أقل من"), "less
        # than" compares the later level with it.
        bounds = [o for o in sq if o.kind in (MONEY, PERCENT) and o is not early[0].quantity]

        def bound(m: re.Match[str]) -> bool:
            comparative = lex.change_more.fullmatch(m.group()) or lex.change_less.fullmatch(m.group())
            return any(0 <= o.start - m.end() <= 12 and (comparative or o.qualifier is not None) for o in bounds)
        # The levels' own role word before them starts what is said of them: a role word of another metric
        # before it names no level of theirs ("財務省の貿易統計によると、2023年の対中輸出額は...", "관세청 무역통계에
        # 따르면 ... 수출액은"), nor does a rise or fall word there.
        own = max([lo] + [r.end() for r in roles if lo <= r.start() and r.end() <= a.start
                          and _metric_of(lex, r.group()) == metric])
        marks = [(m, sign) for pattern, sign in ((lex.up, 1), (lex.down, -1))
                 for m in pattern.finditer(folded, own, hi) if not bound(m)]
        if not marks or len({sign for _, sign in marks}) != 1:
            continue
        if any(_metric_of(lex, r.group()) not in (metric, None) for r in roles if own <= r.start() and r.end() <= hi):
            continue
        late.said = marks[0][1], marks[0][0].group()


def _said(folded: str, q: Quantity, metric: str, lex: _Lexicon, s0: int, sq: list[Quantity],
          roles: list[re.Match[str]]) -> tuple[int, str] | None:
    """The rise or fall word the sentence says of this level: the last one before it, with no other
    amount between them and no role word of another metric ("exports rose, imports stood at")."""
    lo = max([s0, q.start - 80] + [o.end for o in sq if o.kind == MONEY and o.end <= q.start])
    # A record high is above every earlier level, so above the year before's too. Before the amount it is
    # its own only when no amount stands before it ("807억 달러로 역대 최고치를 기록해 2021년의 877억 달러를":
    # the record is the first amount's).
    ups = [lex.up] if lex.record is None else [lex.up, lex.record]
    marks = [(m, 1) for m in lex.up.finditer(folded, lo, q.start)] + \
        [(m, -1) for m in lex.down.finditer(folded, lo, q.start)]
    if lex.record is not None and not any(o.kind == MONEY and s0 <= o.end <= q.start for o in sq):
        marks += [(m, 1) for m in lex.record.finditer(folded, lo, q.start)]
    if marks:
        m, sign = max(marks, key=lambda ms: ms[0].end())
    else:
        # Verb last ("45,2 milyar dolara geriledi"): the word right after the amount, in its clause; a Chinese
        # or Japanese comma may stand before the verb phrase ("160亿美元，同比下降").
        hi = min([q.end + 30] + [o.start for o in sq if o.kind == MONEY and o.start >= q.end])
        stop = _CLAUSE_END_SPACED.search(folded, q.end, hi)
        hi = stop.start() if stop else hi
        after = [(m, 1) for up in ups for m in up.finditer(folded, q.end, hi)] + \
            [(m, -1) for m in lex.down.finditer(folded, q.end, hi)]
        if not after:
            return None
        m, sign = min(after, key=lambda ms: ms[0].start())
    if lex.change_more.fullmatch(m.group()) or lex.change_less.fullmatch(m.group()):
        return None             # "more than $5 billion", "больше": a comparison, not a rise
    between = [r for r in roles if m.end() <= r.start() and r.end() <= q.start]
    before = [r for r in roles if r.end() <= m.start()]
    # The role word just before the rise or fall word is what it is said of ("輸入は減少したが、輸出額は19兆円"): the
    # imports fell, not the exports; one of another metric between it and the amount says the same.
    near = between + [r for r in before[-1:] if r.start() >= lo] if between else before[-1:]
    if any(_metric_of(lex, r.group()) != metric for r in near):
        return None
    return sign, m.group()


def _remember_level(ctx: _Context, si: int, infos: list[FigureInfo]) -> None:
    mine = [i for i in reversed(infos) if i.sentence == si]
    levels = {(i.figure.metric, i.figure.unit) for i in mine if i.figure.metric in _CARRIED}
    if len(levels) == 1:
        metric, unit = next(iter(levels))
        ctx.last_level = (si, metric, unit)
        pairs = {(i.figure.reporter, i.figure.partner) for i in mine if i.figure.metric in _CARRIED}
        only = next(iter(pairs)) if len(pairs) == 1 else None
        ctx.last_pair = (only[0], only[1]) if only and only[0] and only[1] else None
    elif mine and all(i.figure.metric == "growth_pct" and not i.of_metric for i in mine):
        # "Trade fell 7 % in 2023 compared with 2022. In 2023 it stood at 254 billion euros": the turnover's
        # growth; its levels follow in any unit.
        pairs = {(i.figure.reporter, i.figure.partner) for i in mine}
        only = next(iter(pairs)) if len(pairs) == 1 else None
        ctx.last_level = (si, "trade_turnover", None)
        ctx.last_pair = (only[0], only[1]) if only and only[0] and only[1] else None
    elif mine:
        ctx.last_level = None


def _growth_value(q: Quantity, direction: int) -> float:
    """The growth in percent a percentage or a multiple states ("fell 2.5 times" is -60 %)."""
    if q.kind == PERCENT:
        return direction * q.value
    factor = q.value
    if q.change_word:
        return (factor - 1) * 100
    return (factor - 1) * 100 if direction >= 0 else (1 / factor - 1) * 100


def _target(folded: str, q: Quantity, si: int, s0: int, s1: int, sp: list[PeriodMention],
            sq: list[Quantity], sc: list[CountryMention], lex: _Lexicon, pair: tuple[str, str] | None,
            home: str | None, pub_year: int | None, ctx: _Context, roles: list[re.Match[str]]) -> FigureInfo:
    """A target ("to raise trade to $5 billion by 2030"): its period is the year it is due by,
    the first year stated after the amount, else the last one before it."""
    after = [p for p in sp if p.start >= q.end and p.year is not None]
    before = [p for p in sp if p.end <= q.start and p.year is not None]
    mention = after[0] if after else (before[-1] if before else None)
    period = mention.resolve(pub_year) if mention else None
    of = _role(folded, q, lex, s0, s1, sq, roles)
    fpair = figure_pair(q, sq, sc, pair, home)
    reporter, partner = parties(folded, of or "trade_turnover", q, sc, fpair, home, lex, sq, ctx.key_ends)
    fig = Figure(id="", metric="target", value=q.value, unit=q.unit, as_written=q.written,
                 evidence=Evidence(q.start, q.end, si), reporter=reporter, partner=partner,
                 period=period, of=of)
    return FigureInfo(fig, q, si, period, mention)


def _change(folded: str, q: Quantity, lex: _Lexicon, s0: int) -> int:
    """+1 or -1 when the amount is a change ("rose by $X", "$X less than"), else 0."""
    if lex.change_less.match(folded, q.end):
        return -1
    if lex.change_more.match(folded, q.end):
        return 1
    by = lex.change_by.search(folded, max(s0, q.start - 12), q.start)
    if not by:
        return 0
    # The rise/fall word governs the "by": at most a few words between them, no number, no comma
    # ("fell sharply by", not "fell 4 % and stood at").
    lo = max(s0, by.start() - 20)
    marks = [(m.end(), 1) for m in lex.up.finditer(folded, lo, by.start())] + \
        [(m.end(), -1) for m in lex.down.finditer(folded, lo, by.start())]
    if not marks:
        return 0
    end, sign = max(marks)
    gap = _YEAR_WORD.sub(" ", folded[end:by.start()])       # "sank 2023 um": a year may stand between
    return 0 if re.search(r"[\d,;:.%]", gap) else sign


def _change_before_level(folded: str, q: Quantity, lex: _Lexicon, sq: list[Quantity], s1: int,
                         periods: list[PeriodMention]) -> int:
    """+1 or -1 when the amount stands right before a rise or fall word and another amount of its unit
    follows in the sentence, with no period between them ("0,6 млрд долларға артып, 4,5 млрд долларды
    құрады", "0,6 milyar dolar artarak 4,5 milyar dolara ulaştı"): the change, the other its level. Not
    the "from" amount of "X-дан Y-ға" (its ending says so), nor a rise larger than its level."""
    if not lex.before_level or q.kind != MONEY \
            or any(folded[q.start:q.end].endswith(s) for s in lex.from_suffixes):
        return 0
    pos = q.end
    while pos < s1 and folded[pos].isspace():
        pos += 1
    up, down = lex.up.match(folded, pos), lex.down.match(folded, pos)
    mark, sign = (up, 1) if up else (down, -1)
    if mark is None:
        return 0
    level = next((o for o in sq if o.kind == MONEY and o.start >= mark.end() and o.start < s1), None)
    if level is None or level.unit != q.unit or (sign > 0 and q.value >= level.value) \
            or any(mark.end() <= p.start < level.start for p in periods) \
            or any(folded[level.start:level.end].endswith(s) for s in lex.from_suffixes) \
            or lex.roles.search(folded, mark.end(), level.start):
        return 0        # the other amount is another's ("..., ithalatı 1,6 milyar dolardan"), or a "from"
    before = next((o for o in reversed(sq) if o.kind == MONEY and o.end <= q.start), None)
    if before is not None and q.start - before.end <= 12 \
            and any(folded[before.start:before.end].endswith(s) for s in lex.from_suffixes):
        return 0        # "4,7 milyar dolardan 4 milyar dolara düştü": the level reached, not the change
    return sign


def _change_after_level(folded: str, q: Quantity, lex: _Lexicon, sq: list[Quantity], s0: int) -> int:
    """+1 or -1 when the amount ends in the case of a change (`by_suffixes`: the Kazakh, Kyrgyz, Uzbek dative)
    and a rise or fall word follows it right away, after a larger amount of its unit in the sentence ("2,5 млрд
    долларды құрады, ... 800 млн долларға өсті": grew by 800 million): the change, the other the level. Not
    after a "from" amount ("2 млрд доллардан 2,5 млрд долларға өсті": from ... to), nor with "up to" between
    ("долларга чейин өстү")."""
    if not lex.by_suffixes or q.kind != MONEY or not folded[q.start:q.end].endswith(lex.by_suffixes):
        return 0
    pos = q.end
    while pos < len(folded) and folded[pos].isspace():
        pos += 1
    up, down = lex.up.match(folded, pos), lex.down.match(folded, pos)
    if not (up or down):
        return 0
    level = next((o for o in reversed(sq) if o.kind == MONEY and o.start >= s0 and o.end <= q.start), None)
    if level is None or level.unit != q.unit or level.value <= q.value \
            or any(folded[level.start:level.end].endswith(s) for s in lex.from_suffixes):
        return 0
    return 1 if up else -1


def _change_base(q: Quantity, folded: str, lex: _Lexicon,
                 current_of: list[tuple[PeriodMention, str | None, str | None, bool]]) -> str | None:
    """The period a change is measured from when it is written right after "less than" / "more than"."""
    m = lex.change_less.match(folded, q.end) or lex.change_more.match(folded, q.end)
    if m is None:
        return None
    nxt = next((c for c in current_of if c[0].start >= m.end()), None)
    return nxt[1] if nxt is not None and nxt[0].start - m.end() <= 12 else None
