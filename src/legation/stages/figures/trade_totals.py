"""Two-way totals stated after their parts: "imports of 120.4 billion and exports of 15.2 billion, a total
of 145.6 billion", "les exportations ... et les importations ..., soit au total ...". The amount a total
word opens (`figures.toml [aid] total_after`) right after an export and an import of one sentence, unit,
period and pair, joined by "and", is their turnover: the nearest role word before it ("exports") names a
part, not the total, and the sum check compares the three.
"""

from __future__ import annotations

from ...text.numbers import MONEY
from .model import FigureInfo
from .totals import _TOTAL_GAP, _words

_PARTS = frozenset({"exports", "imports"})


def trade_totals_after_parts(lang: str, folded: str, infos: list[FigureInfo]) -> None:
    """Read as the turnover of its parts' pair an amount a total word opens right after an export and an
    import, the two joined by "and", all of one sentence, unit and period."""
    total_word, conj = _words(lang)
    if total_word is None or conj is None:
        return
    money = sorted((i for i in infos if i.quantity.kind == MONEY), key=lambda i: i.quantity.start)
    for n in range(2, len(money)):
        total, a, b = money[n], money[n - 2], money[n - 1]
        f = total.figure
        if f.metric not in _PARTS or total.base or b.base or a.base \
                or not (total.sentence == a.sentence == b.sentence) \
                or {a.figure.metric, b.figure.metric} != _PARTS \
                or not (f.unit == a.figure.unit == b.figure.unit) \
                or not (f.period == a.figure.period == b.figure.period) \
                or {a.figure.reporter, a.figure.partner} != {b.figure.reporter, b.figure.partner}:
            continue
        if total_word.search(folded, max(b.quantity.end, total.quantity.start - _TOTAL_GAP),
                             total.quantity.start) is None \
                or conj.search(folded, a.quantity.end, b.quantity.start) is None:
            continue
        f.metric = "trade_turnover"
        f.reporter, f.partner = a.figure.reporter, a.figure.partner
