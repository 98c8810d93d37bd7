"""Which metric an amount is: the role word of its clause or one closing it, a metric carried from
the sentence before, a deficit or surplus (no figure), words that block a figure (shares, forecasts),
and which way a rise or fall word near it goes.
"""

from __future__ import annotations

import bisect
import re

from ...text.numbers import MONEY, PERCENT, Quantity
from .lexicon import _Lexicon, _closing_words, _metric_of
from .model import _CLAUSE_END, _Context, _Period


_BALANCE = "balance"


def _balance_before(folded: str, q: Quantity, lex: _Lexicon, s0: int, sq: list[Quantity],
                    roles: list[re.Match[str]]) -> bool:
    """Whether a deficit or surplus word stands in the amount's clause before it ("the deficit in
    trade with China was $279.4 billion": the balance, though "trade with" is nearer)."""
    if q.kind != MONEY:
        return False
    lo = max((o.end for o in sq if o.kind in (MONEY, PERCENT) and s0 <= o.end <= q.start), default=s0)
    return any(lo <= r.start() and r.end() <= q.start and _metric_of(lex, r.group()) == _BALANCE for r in roles)


def _metric_carried(ctx: _Context, si: int, q: Quantity, roles: list[re.Match[str]],
                    current_of: list[_Period]) -> str | None:
    """The metric of an amount in a sentence with no role word at all, which states a period of
    its own, right after a sentence that stated levels of one metric in the same unit ("In 2022
    it stood at $3.9 billion", "2022 жылы бұл көрсеткіш 3,9 млрд доллар болды")."""
    last = ctx.last_level
    if roles or last is None or last[0] != si - 1 or last[2] not in (None, q.unit) or not any(c[1] for c in current_of):
        return None
    return last[1]


def _clause_start(cuts: list[int], pos: int) -> int:
    """The start of the clause `pos` is in (-1 when it is the sentence's first)."""
    i = bisect.bisect_right(cuts, pos)
    return cuts[i - 1] if i else -1


def _in_clause(pattern: re.Pattern[str], folded: str, q: Quantity, s0: int, sq: list[Quantity]) -> bool:
    """Whether `pattern` occurs in the clause of `q` before it ("agreed to raise trade ... to $5 billion")
    or within a few words after it ("$5 billion, the goal set for 2030")."""
    lo = max((o.end for o in sq if o.kind in (MONEY, PERCENT) and s0 <= o.end <= q.start), default=s0)
    lo = max(lo, q.start - 90)
    cut = [m.end() for m in _CLAUSE_END.finditer(folded, lo, q.start)]
    if cut:
        lo = cut[-1]
    if pattern.search(folded, lo, q.start):
        return True
    return bool(pattern.search(folded, q.end, min(len(folded), q.end + 25)))


def _blocked(folded: str, q: Quantity, lex: _Lexicon, s0: int, s1: int, sq: list[Quantity]) -> bool:
    lo = max(s0, q.start - lex.window)
    hi = min(s1, q.end + lex.window)
    for other in sq:
        if other is q:
            continue
        if other.end <= q.start and other.end > lo:
            lo = other.end
        if other.start >= q.end and other.start < hi:
            hi = other.start
    for m in lex.blockers.finditer(folded, lo, hi):
        if q.kind == MONEY and lex.shares is not None and lex.flows is not None and lex.shares.match(m.group()) \
                and lex.flows.search(folded, max(lo, m.start() - 25), min(hi, m.end() + 25)):
            continue        # "ixracın payına düşüb", "на долю экспорта": that flow's part of the total
        return True
    return False


def _direction(folded: str, q: Quantity, lex: _Lexicon, s0: int, s1: int) -> int:
    lo, hi = max(s0, q.start - 45), min(s1, q.end + 45)
    best, dist = 0, 10**9
    for sign, pattern in ((1, lex.up), (-1, lex.down)):
        for m in pattern.finditer(folded, lo, hi):
            d = q.start - m.end() if m.end() <= q.start else m.start() - q.end
            if 0 <= d < dist:
                best, dist = sign, d
    if best == 0 and q.kind == PERCENT:
        # "2023 sank der Handel zwischen Polen und der Ukraine um 20 Prozent": the verb of the percentage's
        # clause, further back than a few words, with no amount between.
        far = max(s0, q.start - _CLAUSE_REACH)
        cut = [m.end() for m in _CLAUSE_END.finditer(folded, far, lo)]
        far = cut[-1] if cut else far
        found = [(m.end(), sign) for sign, pattern in ((1, lex.up), (-1, lex.down))
                 for m in pattern.finditer(folded, far, lo) if m.end() <= lo]
        if found and not _DIGIT.search(folded, max(found)[0], lo):
            best = max(found)[1]
    return best


_CLAUSE_REACH = 100     # at most this many characters from a clause's rise or fall word to its percentage
_DIGIT = re.compile(r"\d")


def _match_end(m: re.Match[str]) -> int:
    return m.end()


_ASIDE_OPEN = re.compile(r"\s?[(\uff08]")
_ASIDE_CLOSE = re.compile(r"\s?[)\uff09]")
_ASIDE_GAP = 12     # "(약 ", "(about ", "（約": at most a qualifier word between the bracket and the amount it holds


def conversion(folded: str, q: Quantity, sq: list[Quantity]) -> tuple[Quantity, int] | None:
    """The amount in brackets right after the money amount `q`, in another currency and alone there
    ("55억 달러(약 7조 원)를 투자", "5.5 billion dollars (about 7 trillion won)"): the same sum converted, an
    aside that is no figure of its own. With it, where its bracket closes."""
    if q.kind != MONEY or (m := _ASIDE_OPEN.match(folded, q.end)) is None:
        return None
    nxt = next((o for o in sq if o.start >= m.end()), None)
    if nxt is None or nxt.kind != MONEY or nxt.unit is None or q.unit is None or nxt.unit == q.unit \
            or nxt.start - m.end() > _ASIDE_GAP or _DIGIT.search(folded, m.end(), nxt.start):
        return None
    close = _ASIDE_CLOSE.match(folded, nxt.end)
    return (nxt, close.end()) if close else None


def _role(folded: str, q: Quantity, lex: _Lexicon, s0: int, s1: int, sq: list[Quantity],
          roles: list[re.Match[str]]) -> str | None:
    """The metric of `q`: a role word in its own clause (since the previous amount) before it,
    else one shortly after it ("$20 million in aid"), else the last one earlier in the sentence
    (`roles`: the sentence's role words)."""
    lo = max((o.end for o in sq if o.kind in (MONEY, PERCENT) and s0 <= o.end <= q.start), default=s0)
    upto = bisect.bisect_right(roles, q.start, key=_match_end)     # the roles that end before q
    # A role word in brackets closed before the amount is an aside ("Umsatz (Summe aus Exporten und
    # Importen) ... betrug"), not the amount's own.
    while upto and _bracketed(folded, roles[upto - 1], q.start):
        upto -= 1
    own = roles[upto - 1] if upto else None
    # The role word after an amount's converted sum in brackets is the amount's ("55억 달러(약 7조 원)를 투자").
    qe = aside[1] if (aside := conversion(folded, q, sq)) is not None else q.end
    hi = min((o.start for o in sq if o.kind in (MONEY, PERCENT) and o.start >= qe), default=s1)
    hi = min(s1, hi, qe + 80)
    stop = _CLAUSE_END.search(folded, qe, hi)
    after = lex.roles.search(folded, qe, stop.start() if stop else hi)
    if after and after.start() - qe > 30 and (upto or after.start() - qe > 60):
        # Further than a few words only when it is the sentence's one role word, at the end of the
        # amount's clause ("wurden Waren im Wert von X ... in die USA exportiert").
        after = None
    if own is not None and own.start() >= lo:
        # "ihracat yaptı, oradan ise 25 milyar dolarlık ithalat": a role word closing the amount's own
        # clause wins over one of the clause before.
        if after is not None and _CLAUSE_END.search(folded, own.end(), q.start):
            return _metric_of(lex, after.group())
        # "1.8 billion in investments and 600 million in grants": a role word right after the amount
        # before is that amount's, when one follows this amount as closely.
        if after is not None and lo > s0 and own.start() - lo <= _CLOSE_ROLE and after.start() - q.end <= _CLOSE_ROLE \
                and not _CLAUSE_END.search(folded, lo, own.start()):
            return _metric_of(lex, after.group())
        return _metric_of(lex, own.group())
    if after:
        return _metric_of(lex, after.group())
    before = bisect.bisect_right(roles, lo, key=_match_end)
    if before:
        return _metric_of(lex, roles[before - 1].group())
    return None


def _bracketed(folded: str, m: re.Match[str], pos: int) -> bool:
    """Whether `m` stands in brackets that close before `pos`."""
    opened = folded.rfind("(", max(0, m.start() - 80), m.start())
    return opened != -1 and folded.rfind(")", opened, m.start()) == -1 and folded.find(")", m.end(), pos) != -1


_CLOSE_ROLE = 8         # at most a preposition between an amount and a role word that closes its phrase
_CLOSING_GAP = 12       # at most a short word ("бараа": goods) between an amount and its closing role word


def _closing(folded: str, q: Quantity, lang: str, sq: list[Quantity], s1: int) -> str | None:
    """The metric a closing role word right after `q` names ("439 тэрбум долларын бараа импортолсон"),
    before any role word before it: in a language whose verb follows its amount."""
    words = _closing_words(lang)
    if words is None or q.kind != MONEY:
        return None
    hi = min([s1, q.end + _CLOSING_GAP + 40] + [o.start for o in sq if o.start >= q.end])
    m = words[0].search(folded, q.end, hi)
    if m is None or m.start() - q.end > _CLOSING_GAP or _CLAUSE_END.search(folded, q.end, m.start()):
        return None
    return next((metric for pattern, metric in words[1] if pattern.match(m.group())), None)
