"""One sentence's figures: each amount, percentage or multiple is given its metric, kind (level,
change, target, growth), period and parties, from the parts in the sibling modules.
"""

from __future__ import annotations

from ...document import Document, Evidence, Figure
from ...text.numbers import MONEY, MULTIPLE, PERCENT, Quantity
from ...text.periods import PeriodMention, shift_period
from .aid import named_part, opened_by_total, opens_parts, opens_tranche, pledged
from .amounts import _shared_unit, _unit_carried
from .deposits import central_bank_deposit
from .changes import (_CARRIED, _change, _change_after_level, _change_base, _change_before_level,
                      _growth_between_levels, _growth_value, _remember_level, _said, _said_between_levels, _target,
                      _to_level_period)
from .lexicon import _Lexicon
from .metrics import (_BALANCE, _balance_before, _blocked, _clause_start, _closing, _direction, _in_clause,
                      _metric_carried, _role, conversion)
from .model import FigureInfo, _CLAUSE_END, _Context, _inside
from .parties import CountryMention, figure_pair, parties, sentence_pair
from .periods import (_carried_period, _carry_over, _comparison_dates, _growth_base, _implied_period, _money_period,
                      _nearest, _sentence_periods)
from .next_parts import opened_list
from .programmes import deal_worth, programme_worth, sides_named
from .totals import total_after
from .later_totals import opens_with_total
from .tranche_amounts import tranche_of_aid


def _sentence(doc: Document, si: int, s0: int, s1: int, folded: str, sq: list[Quantity],
              sp: list[PeriodMention], sc: list[CountryMention], lex: _Lexicon,
              ctx: _Context, home: str | None, pub_year: int | None, pub_month: int | None,
              infos: list[FigureInfo]) -> None:
    first = len(infos)          # where this sentence's figures begin
    sq = _unit_carried(sq, si, ctx)
    current_of = _sentence_periods(sp, folded, lex, s0, s1, sq, ctx, pub_year, pub_month)
    if _comparison_dates(current_of, sq, folded, lex, s0, s1):
        current_of = [(p, period, key, False) for p, period, key, _ in current_of]
    currents = [c for c in current_of if not c[3] and (c[1] or c[2])]
    comparisons = [c for c in current_of if c[3] and c[1]]
    pair = sentence_pair(sc, ctx.pair, home)
    sentence_compare = comparisons[0][1] if comparisons else None
    implied = _implied_period(currents, ctx, sentence_compare, pub_year)
    money = [q for q in sq if q.kind == MONEY]
    # Once per sentence; `_role` picks from them. A role word inside an organisation's name ("Avrupa Yatırım
    # Bankası", "European Investment Bank") names no figure.
    roles = [m for m in lex.roles.finditer(folded, s0, s1) if not _inside(m.start(), ctx.org_spans or [])]
    cuts = [m.end() for m in _CLAUSE_END.finditer(folded, s0, s1)]   # where each clause begins
    # "55억 달러(약 7조 원)": the same sum converted into another currency, in brackets, is no figure.
    asides = {id(c[0]) for q in money if (c := conversion(folded, q, sq)) is not None}
    for q in sq:
        if q.kind not in (MONEY, PERCENT, MULTIPLE) or id(q) in asides:
            continue
        metric = _closing(folded, q, doc.lang or "en", sq, s1) or _role(folded, q, lex, s0, s1, sq, roles)
        if metric is None and q.kind == MONEY and (pledged(doc.lang or "en", folded, s0, s1)
                                                   or opens_parts(doc.lang or "en", folded, q, sq, s1)
                                                   or named_part(doc.lang or "en", folded, q, sq, s1)
                                                   or opens_tranche(doc.lang or "en", folded, q, sq, s1)):
            # "Germany pledged 300 million euros for Syria": no role word, a pledge; "a package of 12 billion,
            # of which 8 billion in grants": a total of aid's parts.
            metric = "aid"
        if metric is None and q.kind == MONEY and (whole := total_after(doc.lang or "en", folded, q, sq)) is not None \
                and _role(folded, whole, lex, s0, s1, sq, roles) == "aid":
            # "2 milyar dolarlık mevduat ve 0,7 milyar dolarlık petrol olmak üzere toplam 2,7 milyar dolarlık
            # yardım": a part of the aid total stated after it.
            metric = "aid"
        last = infos[-1] if len(infos) > first else None
        if metric is None and q.kind == MONEY and last is not None and not last.base \
                and last.figure.metric in ("aid", "investment") \
                and opened_by_total(doc.lang or "en", folded, q, sq, last.quantity):
            # "a package of 200 million euros, of which 35 million for the Amazon Fund": a part of the total.
            metric = last.figure.metric
        if metric is None and q.kind == MONEY and infos and infos[-1].sentence >= si - 1 \
                and tranche_of_aid(doc.lang or "en", folded, q, sq, s1, infos[-1]):
            # "a programme of 44 billion dollars, with a first disbursement of 12 billion": a tranche of it.
            metric = "aid"
        if metric is None and q.kind == MONEY and programme_worth(doc.lang or "en", folded, q, sq, s0, s1) \
                and sides_named(doc, s0, s1) >= 2:
            # "the Commission approved Slovenia's recovery plan worth 2.7 billion euros": a plan's worth
            # between two sides is aid, not a target.
            metric = "aid"
        if metric in (None, "investment") and central_bank_deposit(doc.lang or "en", folded, q, s0, s1) \
                and sides_named(doc, s0, s1) >= 2:
            # "the fund deposited 3 billion dollars in the central bank of Pakistan": aid, not an investment.
            metric = "aid"
        deal = metric is None and q.kind == MONEY and deal_worth(doc.lang or "en", folded, q, sq, s0, s1) \
            and sides_named(doc, s0, s1, through=True) >= 2
        if deal:
            # "companies of the two countries signed an agreement worth 8 billion dollars": an investment.
            metric = "investment"
        opened = infos[first - 1] if first and infos[first - 1].sentence == si - 1 else None
        if metric is None and q.kind == MONEY and opened is not None and not opened.base \
                and opened.figure.metric in ("aid", "investment") \
                and opened_list(doc.lang or "en", folded, s0, q, sq):
            # "... a programme of 400 million dollars. It includes 60 million dollars for schools and ...": parts.
            metric = opened.figure.metric
        if metric is None and q.kind == MONEY and opened is not None and not opened.base \
                and opened.figure.metric == "aid" and opens_with_total(doc.lang or "en", folded, s0, q, sq):
            # "... and 1.2 billion dollars of oil on deferred payment. In total the package is worth 4.2
            # billion dollars.": the total of the aid before.
            metric = "aid"
        # A pledge of aid in the future tense ("zal ... geven", "przekaże") is aid, not a target.
        if q.kind == MONEY and metric != "aid" and _in_clause(lex.targets, folded, q, s0, sq):
            infos.append(_target(folded, q, si, s0, s1, sp, sq, sc, lex, pair, home, pub_year, ctx, roles))
            continue
        if _blocked(folded, q, lex, s0, s1, sq):
            continue
        direction = _direction(folded, q, lex, s0, s1)
        if q.change_word and direction == 0:
            direction = 1 if q.value >= 1 else -1
        base = False
        period: str | None = None
        key: str | None = None
        mention: PeriodMention | None = None
        compared_to: str | None = None
        of_metric: str | None = None
        of_change: str | None = None
        if metric == _BALANCE or _balance_before(folded, q, lex, s0, sq, roles):
            continue            # a deficit or surplus: the difference of the parts, no figure
        if q.kind == MONEY:
            carried = False
            if metric is None:
                metric = _metric_carried(ctx, si, q, roles, current_of)
                carried = metric is not None
            if metric is None:
                continue
            base, mention, period, key = _money_period(q, metric, current_of, currents, folded, sq, lex, money,
                                                       s0, ctx, sentence_compare, implied, pub_year, pub_month)
            value = q.value
            unit = q.unit
            sign = _change(folded, q, lex, s0) or _change_before_level(folded, q, lex, sq, s1, sp) \
                or _change_after_level(folded, q, lex, sq, s0)
            if sign:
                # "fell by $48.9 million", "$11 billion less than in 2022": a change of the metric.
                of_change, metric, value = metric, "change", sign * q.value
                if base:
                    near = _nearest(currents, q, folded, sq, lex)
                    mention, period, key = (near[0], near[1], near[2]) if near else (None, *ctx.current[:2])
                    base = False
                compared_to = _change_base(q, folded, lex, current_of) or sentence_compare or \
                    (shift_period(period, -1) if period and period != "cumulative" else None)
        else:
            if direction == 0 or metric not in (None, "trade_turnover", "exports", "imports"):
                continue
            if q.kind == MULTIPLE and q.value <= 0:
                continue          # "0 times" states no change that a percentage could give
            of_metric = metric if metric in ("exports", "imports") else None
            value = _growth_value(q, direction)
            metric, unit = "growth_pct", "percent"
            mention, period, key = _carried_period(currents, q, folded, sq, lex, ctx, implied)
            compared_to = _growth_base(period, key, sentence_compare, comparisons)
        fpair = figure_pair(q, sq, sc, pair, home, _clause_start(cuts, q.start))
        flows = ctx.flow_reporter if ctx.flow_reporter is not None else {}
        reporter, partner = parties(folded, of_metric or metric, q, sc, fpair, home, lex, sq, ctx.key_ends,
                                    flows.get(of_metric or metric))
        if (of_metric or metric) in ("exports", "imports") and reporter and partner:
            ctx.flow_reporter = {**flows, (of_metric or metric): reporter}
        if q.kind == MONEY and metric in _CARRIED:
            # "fell to $427.2 billion in 2023, down from $536.8 billion in 2022, as ... to Mexico": a base
            # value is of the parties of the level it is the base of; "A year earlier they were ..." of
            # those of the sentence before.
            same = next((i for i in reversed(infos) if i.sentence == si and not i.base and i.figure.metric == metric
                         and i.figure.reporter and i.figure.partner), None) if base else None
            if same is None and carried and not sc and ctx.last_pair is not None:
                reporter, partner = ctx.last_pair
            elif same is not None:
                reporter, partner = same.figure.reporter, same.figure.partner
        if q.unit_by_country and unit != "percent":
            unit = _shared_unit(q, (reporter, partner, home))
        fig = Figure(id="", metric=metric, value=round(value, 6), unit=unit, as_written=q.written,
                     evidence=Evidence(q.start, q.end, si), reporter=reporter, partner=partner,
                     period=period, compared_to=compared_to, of=of_change)
        info = FigureInfo(fig, q, si, period or key if period is None else period, mention,
                          base, direction or 1, of_metric)
        info.deal = deal
        if q.kind == MONEY and metric in _CARRIED and not base:
            info.said = _said(folded, q, metric, lex, s0, sq, roles)
        infos.append(info)
    if sentence_compare is None:        # "compared with 2023" says which period is the base
        _growth_between_levels(infos[first:])
    _to_level_period(infos[first:], currents)
    _said_between_levels(infos[first:], folded, lex, s0, s1, sq, roles)
    _carry_over(ctx, currents, comparisons, pair)
    _remember_level(ctx, si, infos)
