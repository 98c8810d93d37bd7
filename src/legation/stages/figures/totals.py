"""Aid totals stated after their parts: "a deposit of 2 billion dollars and 0.7 billion dollars of oil, a
total of 2.7 billion", "2 milliards en dépôt et 0,7 milliard en pétrole, soit au total 2,7 milliards",
"وديعة بملياري دولار و0.7 مليار دولار ... بإجمالي 2.7 مليار دولار". The amounts joined by "and"
right before a total word (`figures.toml [aid] total_after`) are the parts the text says add up to it.
"""

from __future__ import annotations

import re
from functools import cache

from ... import resources
from ...text.numbers import AFTER_WORD, MONEY, Quantity, alternation
from .model import FigureInfo

_TOTAL_GAP = 24        # at most this many characters between a total word and its amount ("a total of", "بقيمة إجمالية قدرها")


@cache
def _words(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The words that state a total after its parts, right before its amount (a word may stand between:
    "بقيمة إجمالية قدرها"), and the language's words for "and" (`events.toml [cues] conjunctions`),
    which may be written onto the number ("و1.2")."""
    totals = ((resources.load(lang, "figures") or {}).get("aid") or {}).get("total_after") or []
    conj = ((resources.load(lang, "events") or {}).get("cues") or {}).get("conjunctions") or []
    return (re.compile(AFTER_WORD + "(?:" + alternation(totals) + r")(?:\s+[^\W\d_]+)?[\s:]*\Z") if totals else None,
            re.compile(AFTER_WORD + "(?:" + alternation(conj) + r")(?![^\W\d_])") if conj else None)


def totals_after_parts(lang: str, folded: str, infos: list[FigureInfo]) -> None:
    """Mark the parts of an aid total that follows them in its sentence: two or more amounts of aid of its
    unit, period and sides right before it, the last two joined by "and", and a total word right before
    the total's amount. The text says they make it up: they must add up to it (`parts_summed`)."""
    total_word, conj = _words(lang)
    if total_word is None or conj is None:
        return
    money = sorted((i for i in infos if i.quantity.kind == MONEY), key=lambda i: i.quantity.start)
    for n, total in enumerate(money):
        f = total.figure
        if f.metric != "aid" or total.base or total.part_of is not None or n < 2:
            continue
        prev = money[n - 1]
        lo = max(prev.quantity.end, total.quantity.start - _TOTAL_GAP)
        if prev.sentence != total.sentence or total_word.search(folded, lo, total.quantity.start) is None:
            continue
        parts: list[FigureInfo] = []
        for o in reversed(money[:n]):
            g = o.figure
            if o.sentence != total.sentence or o.base or o.part_of is not None or g.metric != "aid" \
                    or g.unit != f.unit or (None not in (g.period, f.period) and g.period != f.period) \
                    or not {g.reporter, g.partner} <= {f.reporter, f.partner, None}:
                break
            parts.insert(0, o)
        if len(parts) < 2 or conj.search(folded, parts[-2].quantity.end, parts[-1].quantity.start) is None:
            continue
        for o in parts:
            o.part_of = total
            o.figure.reporter, o.figure.partner = f.reporter, f.partner
        total.parts_whole = total.parts_summed = True


def total_after(lang: str, folded: str, q: Quantity, sq: list[Quantity]) -> Quantity | None:
    """The total a part `q` is stated before ("2 milyar dolarlık mevduat ve 0,7 milyar dolarlık petrol olmak
    üzere toplam 2,7 milyar dolarlık yardım"): the amount of money after it in its sentence that a total word
    opens, with only amounts of money between them, the last two joined by "and". The part is of the
    total's metric, though no word names its own."""
    total_word, conj = _words(lang)
    if total_word is None or conj is None or q.kind != MONEY:
        return None
    money = [o for o in sq if o.kind == MONEY]
    k = money.index(q) if q in money else -1
    for n in range(k + 1, len(money)):
        o = money[n]
        if total_word.search(folded, max(money[n - 1].end, o.start - _TOTAL_GAP), o.start) is None:
            continue
        run = money[:n]
        joined = len(run) >= 2 and conj.search(folded, run[-2].end, run[-1].start) is not None
        return o if joined and all(r.unit == o.unit for r in run) else None
    return None
