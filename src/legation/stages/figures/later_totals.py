"""Aid totals stated in the sentence after their parts: "Saudi Arabia will deposit 3 billion dollars in the
central bank and provide 1.2 billion dollars of oil on deferred payment. In total the package is worth 4.2
billion dollars." A sentence that a total word opens (`figures.toml [aid] total_after`: "in total", "всего",
"toplamda") and that states one amount of money states the total of the aid amounts of the sentence before:
the amount is aid though no role word names it, and those amounts (two or more, of its unit, sides and
period) are all its parts, so they must add up to it.
"""

from __future__ import annotations

from ...text.numbers import MONEY, Quantity
from .model import FigureInfo
from .totals import _words

_OPENING = 40      # at most this many characters from the sentence's start to its total word


def opens_with_total(lang: str, folded: str, s0: int, q: Quantity, sq: list[Quantity]) -> bool:
    """Whether `q` is the one amount of money of a sentence (from `s0`) that a total word opens."""
    total_word, _ = _words(lang)
    money = [o for o in sq if o.kind == MONEY]
    if total_word is None or money != [q]:
        return False
    head = folded[s0:min(q.start, s0 + _OPENING)]
    return any(total_word.search(head, 0, k) for k in range(1, len(head) + 1)
               if k == len(head) or not head[k].isalnum())


def totals_in_next_sentence(lang: str, folded: str, sentences: list[tuple[int, int]],
                            infos: list[FigureInfo]) -> None:
    """Mark as the parts of an aid total all the aid amounts of the sentence before it, when a total word
    opens the total's sentence and it is that sentence's one amount (see the module)."""
    money = sorted((i for i in infos if i.quantity.kind == MONEY), key=lambda i: i.quantity.start)
    for n, total in enumerate(money):
        f = total.figure
        if f.metric != "aid" or total.base or total.part_of is not None or n < 2:
            continue
        mine = [o for o in money if o.sentence == total.sentence]
        if mine != [total] or not opens_with_total(lang, folded, sentences[total.sentence][0], total.quantity,
                                                   [total.quantity]):
            continue
        parts = [o for o in money[:n] if o.sentence == total.sentence - 1]
        if len(parts) < 2 or any(o.base or o.part_of is not None or o.figure.metric != "aid"
                                 or o.figure.unit != f.unit
                                 or (None not in (o.figure.period, f.period) and o.figure.period != f.period)
                                 or not {o.figure.reporter, o.figure.partner} <= {f.reporter, f.partner, None}
                                 for o in parts):
            continue
        if any(id(o) in {id(i.part_of) for i in infos if i.part_of is not None} for o in parts):
            continue        # a part there is a total of its own parts
        for o in parts:
            o.part_of = total
            o.figure.reporter, o.figure.partner = f.reporter, f.partner
        total.parts_whole = total.parts_summed = True
