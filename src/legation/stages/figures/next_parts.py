"""Parts of a total listed in the next sentence, which an "of which" word opens: "The Bank approved a
programme of 400 million dollars for Malawi. It includes 60 million dollars for schools and 35 million
dollars for clinics." The amounts of that sentence are of the total's metric, though no word names their
kind, and parts of it (its giver and receiver): they may leave some out ("includes"), so only parts above
the total cannot be true.
"""

from __future__ import annotations

from itertools import takewhile

from ...text.numbers import MONEY, Quantity
from .aid import of_which_words
from .model import FigureInfo

_OPENING = 48      # at most this many characters from the sentence's start to its "of which" word ("It includes")
_MOST = 16        # at most this many listed parts are read (a table of amounts is no list of parts)
_BETWEEN = 48      # at most this many characters between two listed parts ("... for schools and ")


def opened_list(lang: str, folded: str, s0: int, q: Quantity, sq: list[Quantity]) -> bool:
    """Whether the amount `q` is one of a list of amounts an "of which" word opens at the start of its
    sentence `s0:...` ("It includes 60 million dollars for schools and 35 million ..."), each a few words
    after the one before."""
    of_which = of_which_words(lang)
    money = [o for o in sq if o.kind == MONEY]
    if of_which is None or q not in money:
        return False
    first = money[0]
    opener = [m for m in of_which.finditer(folded, s0, min(first.start, s0 + _OPENING)) if m.group() != ":"]
    if not opener:
        return False
    k = money.index(q)
    return all(money[n].start - money[n - 1].end <= _BETWEEN for n in range(1, k + 1))


def parts_in_next_sentence(lang: str, folded: str, sentences: list[tuple[int, int]], infos: list[FigureInfo]) -> None:
    """Mark as parts of an aid or investment total the amounts of the next sentence that an "of which" word
    opens (see the module): of the total's metric and unit, none yet a part of another, and all the amounts there."""
    money = sorted((i for i in infos if i.quantity.kind == MONEY), key=lambda i: i.quantity.start)
    for n, total in enumerate(money):
        f = total.figure
        if f.metric not in ("aid", "investment") or total.base or total.part_of is not None:
            continue
        if n + 1 < len(money) and money[n + 1].sentence == total.sentence:
            continue        # the total is not its sentence's last amount
        run = list(takewhile(lambda o: o.sentence == total.sentence + 1, money[n + 1:n + 2 + _MOST]))
        if not run or len(run) > _MOST:
            continue
        # The first may be linked already (one amount an "of which" opens): the list goes on after it.
        if any(o.base or o.part_of not in (None, total) or o.figure.metric != f.metric or o.figure.unit != f.unit
               for o in run):
            continue
        s0 = sentences[run[0].sentence][0]
        if not opened_list(lang, folded, s0, run[-1].quantity, [o.quantity for o in run]):
            continue
        for o in run:
            o.part_of = total
            o.figure.reporter, o.figure.partner = f.reporter, f.partner
