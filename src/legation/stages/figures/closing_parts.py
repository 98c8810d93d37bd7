"""Parts of an aid total named before a word that says they make it up, at the end of their clause: "Paket,
40 milyon dolarlık hibe ve 25 milyon dolarlık krediden oluşuyor", "지원은 무상원조 4천만 달러와 차관 2천5백만
달러로 구성된다", "支援は無償資金協力4000万ドルと円借款2500万ドルからなる". In languages whose verb closes
the sentence, "consisting of" (`figures.toml [aid] of_which_after`) comes after the parts, so no "of which"
word stands between the total and them. Two or more amounts of aid right after the total (in its sentence
or the next), each named by a kind of aid (grants, loans, support), with the closing word after the last
and no other amount: the parts are the whole of the total, and must add up to it.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import takewhile

from ...text.numbers import MONEY
from .aid import part_names
from .lexicon import word_pattern
from .model import FigureInfo

_NAMED_GAP = 32       # the kind's word within a few words of its amount, after it or before it
_MOST = 16            # at most this many amounts after a total are looked at
_CLOSING_GAP = 48     # at most this many characters from the last part to the closing word


@cache
def _closing(lang: str) -> re.Pattern[str] | None:
    """The words after a total's parts that say they make it up (`figures.toml [aid] of_which_after`)."""
    return word_pattern(lang, "aid", "of_which_after")


def _named(lang: str, folded: str, info: FigureInfo, lo: int, hi: int) -> bool:
    """Whether a kind of aid is named right after the amount, or right before it (after `lo`), before `hi`."""
    q = info.quantity
    after = folded[q.end:min(hi, q.end + _NAMED_GAP)]
    before = folded[max(lo, q.start - _NAMED_GAP):q.start]
    return any(p.search(after) or p.search(before) for p in part_names(lang))


def parts_closed_after(lang: str, folded: str, sentences: list[tuple[int, int]], infos: list[FigureInfo]) -> None:
    """Mark the parts of an aid total that a closing word after them says make it up (see the module)."""
    closing = _closing(lang)
    if closing is None or not part_names(lang):
        return
    money = sorted((i for i in infos if i.quantity.kind == MONEY), key=lambda i: i.quantity.start)
    totals = {id(i.part_of) for i in infos if i.part_of is not None}
    for n, total in enumerate(money):
        f = total.figure
        if f.metric != "aid" or total.base or total.part_of is not None or id(total) in totals:
            continue
        rest = list(takewhile(lambda o: o.sentence <= total.sentence + 1, money[n + 1:n + 1 + _MOST]))
        if not rest:
            continue
        si = rest[0].sentence
        run = [o for o in rest if o.sentence == si]
        s0, s1 = sentences[si]
        if len(run) < 2 or any(o.base or o.part_of is not None or o.figure.metric != "aid" or o.figure.unit != f.unit
                               for o in run):
            continue
        bounds = [total.quantity.end if si == total.sentence else s0] + [o.quantity.end for o in run]
        ends = [o.quantity.start for o in run[1:]] + [s1]
        if not all(_named(lang, folded, o, bounds[k], ends[k]) for k, o in enumerate(run)):
            continue
        last = run[-1].quantity.end
        if closing.search(folded, last, min(s1, last + _CLOSING_GAP)) is None:
            continue
        for o in run:
            o.part_of = total
            o.figure.reporter, o.figure.partner = f.reporter, f.partner
        total.parts_whole = True
