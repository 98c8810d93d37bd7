"""A country-wide total is no figure of a pair.

"Foreign investment in Uzbekistan reached 11 billion dollars in 2023, of which the largest investor, China,
brought 2.2 billion": the first amount is what all the world invested in the country, the second what one
partner did. Only the second is a figure of the pair; the first would otherwise take the pair of its sentence
(or of the passage) and stand beside it as a second value of the same period. An amount is such a total when a
word of the world abroad (`figures.toml [investment] foreign`: "foreign", "иностранные", "yabancı") stands in
its stretch of the sentence (its clause, from the amount before it at the earliest) and
that stretch names at most one country.
"""

from __future__ import annotations

import re

from ...text.numbers import MONEY
from .lexicon import word_pattern
from .model import FigureInfo
from .parties import CountryMention

# A clause's end after an amount; a comma between digits is a decimal sign ("2,2 млрд").
_CLAUSE_END = re.compile(r"[;:()\u2014\u060c\u061b\uff0c\uff1b\uff1a\u3001]|,(?!\d)")
_METRICS = ("investment",)


def without_country_totals(lang: str, folded: str, sentences: list[tuple[int, int]], countries: list[CountryMention],
                           infos: list[FigureInfo]) -> list[FigureInfo]:
    """`infos` without the amounts that state a country's total with the whole world."""
    foreign = word_pattern(lang, "investment", "foreign")
    if foreign is None:
        return infos
    money = sorted((i.quantity.start, i.quantity.end) for i in infos if i.quantity.kind == MONEY)
    out = []
    for info in infos:
        q = info.quantity
        if info.figure.metric not in _METRICS or q.kind != MONEY or info.sentence >= len(sentences):
            out.append(info)
            continue
        s0, s1 = sentences[info.sentence]
        lo = max([s0] + [e for s, e in money if e <= q.start])
        lo = max([lo] + [m.end() for m in _CLAUSE_END.finditer(folded, lo, q.start)])
        hi = min([s1] + [s for s, e in money if s >= q.end])
        stop = _CLAUSE_END.search(folded, q.end, hi)
        hi = stop.start() if stop else hi
        codes = {c[2] for c in countries if lo <= c[0] < hi}
        if len(codes) < 2 and foreign.search(folded, lo, hi) is not None:
            continue
        out.append(info)
    return out
