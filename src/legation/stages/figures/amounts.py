"""Amounts read across numbers, before any figure is made: the two ends of "from X to Y", a
currency or scale carried to a bare number beside an amount or after the sentence before, a
currency word several countries share, and which text is worth reading periods in.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from ...text.numbers import MONEY, MULTIPLE, NUMBER, PERCENT, Quantity, YEAR
from .lexicon import _Lexicon
from .model import _CLAUSE_END, _Context, _YEAR_WORD


def _range_start(quantities: list[Quantity], folded: str, lex: _Lexicon) -> list[Quantity]:
    """The bare first number of "from X to Y billion dollars" ("с 26,3 до 25,1 млрд долларов") is
    in Y's scale and currency; with a scale of its own ("с 4,4 млрд до 4,0 млрд долларов"), in Y's
    currency."""
    if lex.from_to_mid is None:
        return quantities
    out = list(quantities)
    for n, q in enumerate(quantities[:-1]):
        nxt = quantities[n + 1]
        if q.kind != NUMBER or q.unit is not None or q.scale not in (1.0, nxt.scale) or nxt.kind != MONEY \
                or nxt.start - q.end > 12 or nxt.scale == 1.0:
            continue
        mid = lex.from_to_mid.match(folded, q.end, nxt.start)
        if mid is None or mid.end() != nxt.start or mid.end() == q.end \
                or not lex.from_to.search(folded[max(0, q.start - 12):q.start]):
            continue
        factor = nxt.scale / q.scale          # 1 when the number states the scale itself
        out[n] = replace(q, value=q.value * factor, scale=nxt.scale, unit=nxt.unit, kind=MONEY,
                         half_step=q.half_step * factor)
    return out


_RANGE_GAP = 40        # "с 4,4 млрд долларов в 2022 году до 4,0 млрд": at most a period between the two amounts


def _range_end(quantities: list[Quantity], folded: str, lex: _Lexicon) -> list[Quantity]:
    """The second amount of "from X (in 2022) to Y" ("с 4,4 млрд ... до 4,0 млрд", "z 3,0 mld ... do
    3,3 mld") is the level reached, not an upper bound: its "to" is no "up to"."""
    out = list(quantities)
    for n, q in enumerate(out[:-1]):
        if q.kind != MONEY:
            continue
        k = n + 1
        while k < len(out) and out[k].kind not in (MONEY, PERCENT) and out[k].start - q.end <= _RANGE_GAP:
            k += 1
        nxt = out[k] if k < len(out) else None
        if nxt is None or nxt.kind != MONEY or nxt.qualifier != "under" \
                or nxt.start - q.end > _RANGE_GAP or _CLAUSE_END.search(folded, q.end, nxt.start) \
                or not lex.from_to.search(folded[max(0, q.start - 12):q.start]):
            continue
        out[k] = replace(nxt, qualifier=None)
    return out


_TAIL_WORD = re.compile(r"[^\W\d_]+")
_NAMING_WORDS = 4       # "en dons", "в виде грантов", "als nicht rückzahlbare Zuschüsse"


def _currency_carried(quantities: list[Quantity], sentences: list[tuple[int, int]], folded: str,
                      conjunctions: frozenset[str] = frozenset(),
                      names: Sequence[re.Pattern[str]] = (), opener: re.Pattern[str] | None = None) -> list[Quantity]:
    """A scaled number with no currency after an amount of its sentence is in that amount's currency
    ("exports of 8,1 milliards d'euros and imports of 6,1 milliards", "а импорт – 9,3 млрд"), when
    nothing but punctuation, a year and at most one short word follows it in its clause, or a few
    words that name what the amount is (`names`: role words, kinds of aid: "dont 8,1 milliards en
    dons", "з них 2 млрд у вигляді грантів"); a word for "and" ends the clause ("imports of
    6,1 milliards et les exportations ..."). So is one an "of which" word (`opener`) opens right after the
    amount, whatever words follow it ("200 milioni di euro, di cui 35 milioni per il Fondo")."""
    out: list[Quantity] = []
    last: Quantity | None = None
    starts = [s for s, _ in sentences]
    years = [y for y in quantities if y.kind == YEAR]
    year_starts = [y.start for y in years]
    for q in quantities:
        if q.kind == MONEY:
            last = q
        elif q.kind == NUMBER and q.unit is None and q.scale >= 1e6 and last is not None \
                and opener is not None and _opened(folded, opener, last.end, q.start, starts):
            # "Din această sumă, 6,1 miliarde ...": an "of which" opens it, in the amount's sentence or the next.
            q = replace(q, unit=last.unit, kind=MONEY)
        elif q.kind == NUMBER and q.unit is None and q.scale >= 1e6 and last is not None \
                and bisect.bisect_right(starts, last.start) == bisect.bisect_right(starts, q.start):
            stop = _CLAUSE_END.search(folded, q.end, q.end + 40)
            sentence_end = sentences[bisect.bisect_right(starts, q.start) - 1][1]
            hi = min(stop.start() if stop else q.end + 40, sentence_end)
            tail = folded[q.end:hi]
            # A year read with its word ("в 2023 году", "w 2023 r.") is no word of the amount's.
            for k in range(bisect.bisect_left(year_starts, q.end), bisect.bisect_left(year_starts, hi)):
                y0, y1 = years[k].start, min(years[k].end, hi)
                tail = tail[:y0 - q.end] + " " * (y1 - y0) + tail[y1 - q.end:]
            tail = _YEAR_WORD.sub(" ", tail)
            words = _TAIL_WORD.findall(tail.split(".")[0])
            cut = next((n for n, w in enumerate(words) if w in conjunctions), None)
            if cut is not None:
                words = words[:cut]
            if (len(words) <= 1 and all(len(w) <= 4 for w in words)) or (
                    len(words) <= _NAMING_WORDS and any(n.search(" ".join(words)) for n in names)):
                q = replace(q, unit=last.unit, kind=MONEY)
        out.append(q)
    return out


_OPENER_GAP = 24       # "dos quais", "din care": the "of which" word a few words before the number


_OPENER_COMMA = re.compile(r"[\s,]*")


def _opened(folded: str, opener: re.Pattern[str], lo: int, hi: int, starts: list[int]) -> bool:
    """Whether an "of which" word (no colon) stands within a few words before `hi`, after `lo` (the amount
    before, in the sentence of `hi` or the one before), with no clause end between it and `hi` but a comma
    right after it ("Din această sumă, 14 miliarde")."""
    if not lo < hi or bisect.bisect_right(starts, hi) - bisect.bisect_right(starts, lo) > 1:
        return False
    found = [m for m in opener.finditer(folded, max(lo, hi - _OPENER_GAP), hi) if m.group() != ":"]
    return bool(found) and (_CLAUSE_END.search(folded, found[-1].end(), hi) is None
                            or _OPENER_COMMA.fullmatch(folded, found[-1].end(), hi) is not None)


def _number_spans(sentences: list[tuple[int, int]], quantities: list[Quantity]) -> list[tuple[int, int]]:
    """The text worth reading periods in: sentences with an amount, a percentage, a multiple or a number
    in millions or more, and the sentence before each (whose period may carry over). Periods elsewhere date no
    figure, so they are not read; years alone come from the number reader anyway."""
    spans: list[tuple[int, int]] = []
    measures = [q for q in quantities if q.kind in (MONEY, PERCENT, MULTIPLE)
                or (q.kind == NUMBER and q.unit is None and q.scale >= 1e6)]     # maybe in a carried currency
    qi = 0
    for si, (s0, s1) in enumerate(sentences):
        while qi < len(measures) and measures[qi].start < s0:
            qi += 1
        if qi < len(measures) and measures[qi].start < s1:
            a = sentences[si - 1][0] if si else s0
            if spans and spans[-1][1] >= a:
                spans[-1] = (spans[-1][0], s1)
            else:
                spans.append((a, s1))
    return spans


def _shared_unit(q: Quantity, countries: tuple[str | None, ...]) -> str | None:
    """The currency a word several countries use stands for ("ريال": the Saudi riyal, the Qatari riyal,
    the Iranian rial): that of the first of the figure's countries that uses it, else the language's
    most common one."""
    by_country = dict(q.unit_by_country)
    return next((by_country[c] for c in countries if c in by_country), q.unit)


def _unit_carried(sq: list[Quantity], si: int, ctx: _Context) -> list[Quantity]:
    """A scaled number with no currency, in a sentence with no amount of its own, right after a sentence
    that stated levels in one currency, is in that currency ("... $575 billion in 2023. A year earlier it
    was 690.6 billion.")."""
    last = ctx.last_level
    if last is None or last[0] != si - 1 or last[2] is None or any(q.kind == MONEY for q in sq):
        return sq
    return [replace(q, kind=MONEY, unit=last[2]) if q.kind == NUMBER and q.unit is None and q.scale >= 1e6 else q
            for q in sq]
