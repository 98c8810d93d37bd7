"""Periods and years: resolving a sentence's periods (current and comparison), which period an
amount is of (the nearest stated, a base value's, a pledge's month), "from X to Y" and "to Y from X",
the base of a growth rate, and what the next sentence inherits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ...text.numbers import MONEY, MULTIPLE, PERCENT, Quantity
from ...text.periods import PeriodMention, period_string, shift_period
from .lexicon import _Lexicon
from .model import _CLAUSE_END, _Context, _Period, _YEAR_WORD


_GAP_BASE = 16          # at most this many characters between a base period and its value

_YEAR_START = re.compile(r"[12]\d{3}(?:-\d\d)?(?:/[12]\d{3}-\d\d)?\Z")


def _resolve(p: PeriodMention, year: int | None, pub_year: int | None, pub_month: int | None,
             current: str | None, comparison: bool = False) -> tuple[str | None, str | None]:
    """(period string or None, key as written when it cannot be resolved).

    A relative year in a comparison ("compared with last year", "geçen yıla göre")
    counts back from the period being reported, like "the same period last year".
    """
    if p.kind == "cumulative":
        return "cumulative", None
    if p.kind == "same_period" and p.year is not None:
        # "The same period of 2023": the months being reported, in 2023.
        if current and current != "cumulative":
            return shift_period(current, int(p.year) - int(current[:4])), None
        return p.resolve(pub_year), None
    if p.kind == "same_period" or (comparison and p.kind == "year" and p.year is None and p.rel is not None):
        if current:
            return shift_period(current, p.rel or -1), None
        return (str(pub_year + (p.rel or -1)) if pub_year else None), None
    if p.year is None and p.rel is None and p.months is not None:
        y = year
        if y is None and pub_year is not None:
            y = pub_year if pub_month is None or p.months[1] <= pub_month else pub_year - 1
        return (period_string(y, p.months) if y else None), None
    resolved = p.resolve(pub_year, pub_month)
    if resolved is None:
        return None, p.year_written or p.written
    if pub_year is not None and int(resolved[-7:-3] if resolved[-3:-2] == "-" else resolved[-4:]) > pub_year:
        return None, resolved       # the last year of the period is after publication
    if int(resolved[:4]) < 1900:
        return None, resolved
    return resolved, None


def _change_follows(folded: str, pos: int, lex: _Lexicon) -> bool:
    """Whether a rise or fall word follows right after `pos`: the comparison before it is that
    change's ("2401亿美元，比上年增长26.3%": 比上年 is the base of the growth, not of the amount)."""
    while pos < len(folded) and folded[pos].isspace():
        pos += 1
    return bool(lex.up.match(folded, pos) or lex.down.match(folded, pos))


def _bare_gap(folded: str, start: int, end: int, sq: list[Quantity], lex: _Lexicon) -> bool:
    """Whether only punctuation, amounts and comparison words lie between `start` and `end`."""
    gap = list(folded[start:end])
    for q in sq:
        if q.end > start and q.start < end:
            for i in range(max(q.start, start), min(q.end, end)):
                gap[i - start] = " "
    rest = lex.year_before.sub(" ", lex.compare_after.sub(" ", "".join(gap)))
    if lex.links is not None:
        rest = lex.links.sub(" ", rest)
    return not re.search(r"\w", rest)


def _is_comparison(p: PeriodMention, folded: str, lex: _Lexicon, s0: int, s1: int,
                   sq: list[Quantity], others: Sequence[PeriodMention] = ()) -> bool:
    if p.kind == "same_period":
        return True
    if p.kind == "month_range" and lex.from_to.search(folded, max(s0, p.start - 12), p.start):
        return False        # "von Januar bis November": the range's own "from", not a comparison
    # "compared with 2022", "from $1.1 billion in 2022", "по сравнению с 2022 годом"
    marks = list(lex.compare_before.finditer(folded, max(s0, p.start - 45), p.start))
    if marks and _bare_gap(folded, marks[-1].end(), p.start, sq, lex):
        return True
    m = lex.compare_after.search(folded, p.end, min(s1, p.end + 45))
    if m and any(p.end <= o.start and o.end <= m.start() for o in others):
        return False        # "2023'te 2022'ye göre": the period right before the word is the compared one
    return bool(m) and _bare_gap(folded, p.end, m.start(), sq, lex)


def _comparison_dates(current_of: list[_Period], sq: list[Quantity], folded: str, lex: _Lexicon,
                      s0: int, s1: int) -> bool:
    """Whether the sentence's only periods are comparisons ("a year earlier", "годом ранее") and no
    change is stated in it: then they date its amounts ("A year earlier, trade stood at $3.9 billion")."""
    if not current_of or any(not c[3] for c in current_of) or not any(c[1] for c in current_of):
        return False
    if any(q.kind in (PERCENT, MULTIPLE) for q in sq):
        return False
    return not (lex.up.search(folded, s0, s1) or lex.down.search(folded, s0, s1))


def _implied_period(currents: list[_Period], ctx: _Context, sentence_compare: str | None,
                    pub_year: int | None) -> str | None:
    """Which period a sentence with only a comparison year is about: "up 11 % compared with 2018",
    with no other period in sight, is about the year after 2018 (never after publication)."""
    implied = None
    if not currents and not ctx.current[0] and sentence_compare and re.fullmatch(r"\d{4}", sentence_compare):
        implied = shift_period(sentence_compare, 1)
        if pub_year is not None and int(implied) > pub_year:
            implied = None
    return implied


def _carried_period(currents: list[_Period], q: Quantity, folded: str, sq: list[Quantity], lex: _Lexicon,
                    ctx: _Context, implied: str | None
                    ) -> tuple[PeriodMention | None, str | None, str | None]:
    """Which period `q` is of when it is no base value: the nearest one stated in the sentence,
    else the one the passage is about, else the implied one. Gives (mention, period, as written)."""
    near = _nearest(currents, q, folded, sq, lex)
    if near:
        return near[0], near[1], near[2]
    if ctx.current[0] or ctx.current[1]:
        period, key, mention = ctx.current
        return mention, period, key
    return None, implied or None, None


def _money_period(q: Quantity, metric: str, current_of: list[_Period], currents: list[_Period], folded: str,
                  sq: list[Quantity], lex: _Lexicon, money: list[Quantity], s0: int, ctx: _Context,
                  sentence_compare: str | None, implied: str | None, pub_year: int | None,
                  pub_month: int | None) -> tuple[bool, PeriodMention | None, str | None, str | None]:
    """Whether an amount is a base value (right after or before a comparison period, or the
    "from" of "from X to Y") and which period it is of. Gives (base, mention, period, as written)."""
    prev = [c for c in current_of if c[0].end <= q.start]
    # "2022 жылмен салыстырғанда 4,5 млрд долларға артты", "2022 yılına göre 4,5 milyar dolara yükseldi": the
    # amount after "compared with" that rises or falls is the period's own, not the base.
    compared_after = bool(prev) and lex.compare_after.search(folded, prev[-1][0].end, q.start) is not None \
        and _change_follows(folded, q.end, lex)
    if prev and prev[-1][3] and prev[-1][1] and q.start - prev[-1][0].end <= _GAP_BASE + 12 and not compared_after \
            and (_bare_gap(folded, prev[-1][0].end, q.start, sq, lex) or _opens_clause(folded, prev[-1][0], q, sq)):
        return True, prev[-1][0], prev[-1][1], None
    if (nxt := next((c for c in current_of if c[0].start >= q.end), None)) is not None \
            and nxt[3] and nxt[1] and nxt[0].start - q.end <= _GAP_BASE \
            and _bare_gap(folded, q.end, nxt[0].start, sq, lex) and not _change_follows(folded, nxt[0].end, lex) \
            and not (_CLAUSE_END.search(folded, q.end, nxt[0].start) and _opens_clause(folded, nxt[0], None, sq)) \
            and not _heads_amount(folded, nxt[0], q, sq):
        return True, nxt[0], nxt[1], None
    compared = lex.compare_before.search(folded, max(s0, q.start - 24), q.start)
    if compared is not None and _bare_gap(folded, compared.end(), q.start, sq, lex):
        # "نسبت به ۶٫۱ میلیارد دلار سال ۲۰۲۲": the amount a comparison word stands before, with its own year.
        own = _own_year(q, current_of, folded, sq, lex)
        if own is not None:
            return True, own[0], own[1], None
    if _from_to(folded, q, lex, money, s0) or _to_from(folded, q, lex, money):
        # "с 2,6 млрд долларов в 2022 году", "2022 yılındaki 5,1 milyar dolardan": the year written right at
        # the "from" amount is its own, when another year of the sentence is later.
        own = _own_year(q, current_of, folded, sq, lex)
        if own is not None:
            return True, own[0], own[1], None
        near = _nearest(currents, q, folded, sq, lex)
        cur_s = near[1] if near else ctx.current[0]
        return True, None, sentence_compare or ctx.compare or (shift_period(cur_s, -1) if cur_s else None), None
    mention, period, key = _carried_period(currents, q, folded, sq, lex, ctx, implied)
    last_year = mention.year2 or mention.year if mention is not None else None
    future = last_year is not None and pub_year is not None and last_year > pub_year
    # Aid pledged "for this year", "for 2024", "na 2025 rik": the year it is to be spent in is its term;
    # pledged aid is of the month of the pledge.
    term = metric == "aid" and period is not None and pub_year is not None \
        and re.fullmatch(r"\d{4}(?:/\d{4})?", period) is not None and int(period[-4:]) >= pub_year
    if (period is None and (key is None or future) or term) and metric in ("aid", "investment"):
        # An act of the month it is dated in ("approved on Friday, 31 March", published 1 April), else
        # of the month of publication; a programme's years to come ("for 2025-2027") are its term,
        # which dates no figure.
        if future or term:
            mention, key, period = None, None, None
        if ctx.act_month:
            period = ctx.act_month
        elif pub_year and pub_month:
            period = f"{pub_year:04d}-{pub_month:02d}"
    return False, mention, period, key


_HEADED = 3     # "(前年は520億ドル)", "(2022: 10,9 Mrd.)": at most a particle or a colon between a period and its amount


def _heads_amount(folded: str, p: PeriodMention, q: Quantity, sq: list[Quantity]) -> bool:
    """Whether another amount of money follows the period `p` right away, with no letter of a word between
    ("480億ドル（前年は520億ドル）"): the period is that amount's, not the one before it (`q`)."""
    nxt = next((o for o in sq if o.kind == MONEY and o.start >= p.end and o is not q), None)
    if nxt is None or nxt.start - p.end > _HEADED:
        return False
    gap = folded[p.end:nxt.start]
    return len(gap.strip()) <= 1


def _own_year(q: Quantity, current_of: list[_Period], folded: str, sq: list[Quantity], lex: _Lexicon) -> _Period | None:
    """The period written right after or right before an amount, with nothing but a year's preposition
    or suffix between, when another stated period of the sentence is later (of the same length)."""
    after = next((c for c in current_of if c[0].start >= q.end), None)
    before = next((c for c in reversed(current_of) if c[0].end <= q.start), None)
    for c in (after, before):
        if c is None or not c[1] or c[1] == "cumulative":
            continue
        lo, hi = (q.end, c[0].start) if c is after else (c[0].end, q.start)
        if hi - lo > _GAP_BASE or not _bare_gap(folded, lo, hi, sq, lex):
            continue
        if any(o[1] and o[0] is not c[0] and len(o[1]) == len(c[1]) and o[1] > c[1] for o in current_of):
            return c
    return None


_OPENING_WORDS = 3      # "ein Jahr zuvor waren es 298 Milliarden", "роком раніше — 10 млрд", "bir yıl önce ise 48 milyar"


def _opens_clause(folded: str, p: PeriodMention, q: Quantity | None, sq: list[Quantity]) -> bool:
    """Whether a comparison period opens its clause (a word such as "while" may stand before it) and the
    amount `q` follows it there after a few words ("2023 stieg er auf 254 Milliarden Euro, ein Jahr zuvor
    waren es 298 Milliarden Euro": the second is the year before's). With `q` None: the first amount after
    `p`."""
    marks = list(_CLAUSE_END.finditer(folded, max(0, p.start - 40), p.start))
    if not marks or len(re.findall(r"\w+", folded[marks[-1].end():p.start])) > 1:
        return False
    if q is None:
        q = next((o for o in sq if o.kind == MONEY and o.start >= p.end), None)
        if q is None:
            return False
    gap = folded[p.end:q.start]
    if re.search(r"[,;:()\d%]", gap) or any(p.end <= o.start < q.start for o in sq if o.kind in (MONEY, PERCENT)):
        return False
    return len(re.findall(r"\w+", gap)) <= _OPENING_WORDS


def _growth_base(period: str | None, key: str | None, sentence_compare: str | None,
                 comparisons: list[_Period]) -> str | None:
    """Which period a growth rate is measured against: the sentence's comparison, else the
    period before its own; never the period it describes."""
    base_period = sentence_compare or (shift_period(period, -1) if period else None)
    if base_period is None and key and comparisons:
        base_period = comparisons[0][1]
    if base_period is not None and base_period == period:
        base_period = shift_period(period, -1) if period and period != "cumulative" else None
    return base_period


def _carry_over(ctx: _Context, currents: list[_Period], comparisons: list[_Period],
                pair: tuple[str, str] | None) -> None:
    """What the next sentence inherits: the last period reported, the last comparison period
    (forgotten when a new period comes without one), and the pair."""
    if currents:
        # "2023-24 में ... 118.3 अरब डॉलर रहा, जबकि 2022-23 में यह 128.8 अरब डॉलर था। निर्यात ...": a look back at
        # an earlier period is no period the passage goes on with; the latest one stated is.
        last = currents[-1]
        dated = [c for c in currents if c[1] and _YEAR_START.match(c[1])]
        if dated and last in dated:
            last = max(reversed(dated), key=lambda c: c[1] or "")
        ctx.current = (last[1], last[2], last[0])
    if comparisons:
        ctx.compare = comparisons[-1][1]
    elif currents and ctx.current[0]:
        ctx.compare = None
    if pair:
        ctx.pair = pair


def _sentence_periods(sp: list[PeriodMention], folded: str, lex: _Lexicon, s0: int, s1: int,
                      sq: list[Quantity], ctx: _Context, pub_year: int | None, pub_month: int | None
                      ) -> list[tuple[PeriodMention, str | None, str | None, bool]]:
    """(mention, period, key as written, is a comparison) for the sentence's periods.

    Current periods are resolved first, so that a comparison ("a year earlier",
    "bir önceki yıla göre") counts back from the period it is compared with.
    """
    year_hint = next((int(p.year) for p in sp if p.year and p.year == int(p.year)), None)
    marked = [(p, _is_comparison(p, folded, lex, s0, s1, sq, sp)) for p in sp
              if not (p.kind == "year" and p.year is not None and not p.year_written)]
    # "wuchs 2023 auf 3,1 Milliarden Euro, nach 3,4 Milliarden Euro im Vorjahr": a year counted back
    # from publication that lands on a year the sentence states outright counts back from that year.
    stated = {p.resolve(pub_year) for p, c in marked if not c and p.year is not None}
    # "Toplamda", "ümumilikdə": a word of summing is the total of the period the passage reports, when the
    # sentence or the one before states one ("Last year ... In total trade came to"); over the years otherwise.
    carried = ctx.current[0] is not None and ctx.current[0] != "cumulative"
    marked = [(p, c) for p, c in marked
              if p.kind != "total" or not (carried or any(o.kind not in ("total", "cumulative") for o, _ in marked))]
    marked = [(replace(p, kind="cumulative") if p.kind == "total" else p, c) for p, c in marked]
    if any(not c and p.kind != "cumulative" for p, c in marked):
        # "2023-cü ildə ümumilikdə", "geçen yıl toplamda": "in total" beside a stated period is that
        # period's total, not a sum since some year.
        marked = [(p, c) for p, c in marked if not (p.kind == "cumulative" and not _YEAR_WORD.search(p.written))]
    # A fiscal year stated outright ("2022-23 में ... जो पिछले वर्ष"): a year counted back from publication
    # that falls inside it is the one before it too.
    marked = [(p, c or (p.year is None and p.rel is not None and p.rel < 0 and p.kind == "year"
                        and _within_stated(p.resolve(pub_year), stated)))
              for p, c in marked]
    resolved: dict[int, tuple[str | None, str | None]] = {}
    cur = ctx.current[0]
    for p, comparison in marked:
        if not comparison:
            period, key = _resolve(p, year_hint, pub_year, pub_month, cur)
            if period or key:
                cur = period
            resolved[p.start] = (period, key)
    currents = [(p.start, resolved[p.start][0]) for p, c in marked if not c and resolved[p.start][0]]
    out = []
    for p, comparison in marked:
        if comparison:
            before = [c for s, c in currents if s < p.start]
            anchor = before[-1] if before else (currents[0][1] if currents else ctx.current[0])
            period, key = _resolve(p, year_hint, pub_year, pub_month, anchor, comparison=True)
            if period is not None and period == anchor:
                period = shift_period(anchor, -1) if anchor != "cumulative" else None
        else:
            period, key = resolved[p.start]
        out.append((p, period, key, comparison))
    return out


def _within_stated(year: str | None, stated: set[str | None]) -> bool:
    """Whether `year` is one of the `stated` periods or the start of a year-long one ("2022" and
    "2022-04/2023-03")."""
    if year is None:
        return False
    return year in stated or any(p and len(p) == 15 and p[:4] == year and p[5:7] != "01" for p in stated)


def _nearest(currents: list[tuple[PeriodMention, str | None, str | None, bool]], q: Quantity,
             folded: str, sq: list[Quantity], lex: _Lexicon
             ) -> tuple[PeriodMention, str | None, str | None, bool] | None:
    """The period of `q`: one right after it ("$4.5 billion in 2021"), else the last one before it,
    else the first one after it."""
    if not currents:
        return None
    close = next((c for c in currents if c[0].start >= q.end), None)
    before = [c for c in currents if c[0].end <= q.start and not _closed_aside(folded, c[0], q)]
    if close is not None and close[0].start - q.end <= 14:
        gap = lex.year_before.sub(" ", folded[q.end:close[0].start])
        # "2022 жылғы 6,3 млрд доллардан 2023 жылы 7,4 млрд долларға": an amount "from" which the level
        # moved (an ablative ending) keeps the year written right before it; the next year is the other's.
        ablative = bool(before) and not folded[before[-1][0].end:q.start].strip() \
            and any(folded[q.start:q.end].endswith(s) for s in lex.from_suffixes)
        if not gap.strip() and not ablative:
            return close
    # "Nel 2023 ... passando da 6,5 miliardi nel 2022 a 7,3 miliardi": the year right after the "from" amount
    # is that amount's; the amount the level moved to is of the period before it.
    own = [c for c in before if not _from_amount_year(folded, c[0], q, sq, lex)]
    if own:
        return own[-1]
    if before:
        return before[-1]
    after = [c for c in currents if c[0].start >= q.end]
    return after[0] if after else None


def _from_amount_year(folded: str, p: PeriodMention, q: Quantity, sq: list[Quantity], lex: _Lexicon) -> bool:
    """Whether `p` is written right after another amount that a "from" word opens ("da 6,5 miliardi nel
    2022", "from $41.3 billion in 2021"), before `q`: the year of that amount."""
    prev = next((o for o in reversed(sq) if o.kind == MONEY and o.end <= p.start and o is not q), None)
    if prev is None or p.start - prev.end > 14 or not p.end <= q.start:
        return False
    if lex.year_before.sub(" ", folded[prev.end:p.start]).strip():
        return False
    return bool(lex.from_to.search(folded[max(0, prev.start - 16):prev.start]))


def _closed_aside(folded: str, p: PeriodMention, q: Quantity) -> bool:
    """Whether `p` stands in brackets closed before `q` ("25,1 млрд (в 2022 году – 26,3 млрд), прирост
    – 5,7 %": the aside's year is not the growth's)."""
    opened = folded.rfind("(", max(0, p.start - 80), p.start)
    return opened != -1 and folded.rfind(")", opened, p.start) == -1 and folded.find(")", p.end, q.start) != -1


def _to_from(folded: str, q: Quantity, lex: _Lexicon, money: list[Quantity]) -> bool:
    """Whether `q` is the second of "to Y from X" ("fell to 254 billion euros from 298 billion euros"): only
    the word for "from" between the two amounts."""
    prev = next((m for m in reversed(money) if m.end <= q.start), None)
    if prev is None or q.start - prev.end > 12:
        return False
    mark = lex.from_to.search(folded, prev.end, q.start)
    return mark is not None and not folded[prev.end:mark.start()].strip(" ,")


def _from_to(folded: str, q: Quantity, lex: _Lexicon, money: list[Quantity], s0: int) -> bool:
    """Whether `q` is the first of "from X to Y" (the base value)."""
    nxt = next((m for m in money if m.start > q.end), None)
    if nxt is None or nxt.start - q.end > 12:
        return False
    if lex.from_to_mid is not None:
        # "from X to Y", "von X auf Y", "de X à Y": only the word for "to" between the amounts.
        mid = lex.from_to_mid.match(folded, q.end, nxt.start)
        if mid is None or mid.end() != nxt.start:
            return False
    if lex.from_to.search(folded[max(s0, q.start - 12):q.start]):
        return True
    tail = folded[q.start:q.end]
    return any(tail.endswith(s) for s in lex.from_suffixes)
