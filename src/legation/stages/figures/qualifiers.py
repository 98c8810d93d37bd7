"""A "to" that is no bound: "cayó un 20 % hasta 56.000 millones", "сократился на 20 % до 56 млрд", "caiu 20 %
até 56 mil milhões". In some languages the word for "up to" (a bound: the amount or less) is also the word
for "to" after a rise or fall. Right after a rise or fall word or a percentage in its clause, it says where
the level went, and the amount is exact: read as a bound, no growth check could ever fail on it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ... import resources
from ...text.numbers import AFTER_WORD, MONEY, PERCENT, Quantity, alternation
from .lexicon import _Lexicon, word_pattern
from .model import _CLAUSE_END

_LOOK_BACK = 80     # at most this many characters from the rise or fall word to the amount


@cache
def _to_words(lang: str) -> re.Pattern[str] | None:
    """The language's words for "to" between two levels (`figures.toml [compare] to`), right before an amount."""
    return word_pattern(lang, "compare", "to", r"\s*\Z")


def to_not_bound(quantities: list[Quantity], folded: str, lex: _Lexicon, lang: str) -> list[Quantity]:
    """`quantities` with the bound taken off each amount of money whose bounding word is the language's "to"
    and that follows a rise or fall word or a percentage in its clause."""
    to = _to_words(lang)
    if to is None:
        return quantities
    out = list(quantities)
    for n, q in enumerate(quantities):
        if q.kind != MONEY or q.qualifier != "under" or to.search(folded, max(0, q.start - 16), q.start) is None:
            continue
        lo = max([0, q.start - _LOOK_BACK] + [o.end for o in quantities[:n] if o.kind == MONEY])
        cuts = [m.end() for m in _CLAUSE_END.finditer(folded, lo, q.start)]
        lo = cuts[-1] if cuts else lo
        if any(o.kind == PERCENT and lo <= o.start for o in quantities[:n]) \
                or lex.up.search(folded, lo, q.start) or lex.down.search(folded, lo, q.start):
            out[n] = replace(q, qualifier=None)
    return out


_NOUN_GAP = 3       # at most a space or two between the noun and its worth word ("Programm über")


@cache
def _worth_words(lang: str) -> re.Pattern[str] | None:
    """The language's words stating a noun's worth right before an amount (`figures.toml [aid] worth`)."""
    return word_pattern(lang, "aid", "worth", r"\s*\Z")


@cache
def _nouns(lang: str) -> re.Pattern[str] | None:
    """The programme and deal words of the language, ending right before what follows them."""
    data = resources.load(lang, "figures") or {}
    words = list((data.get("aid") or {}).get("programmes") or []) + list((data.get("investment") or {}).get("deals") or [])
    return re.compile(AFTER_WORD + "(?:" + alternation(words) + r")\s{0,%d}\Z" % _NOUN_GAP) if words else None


def worth_not_bound(quantities: list[Quantity], folded: str, lex: _Lexicon, lang: str) -> list[Quantity]:
    """`quantities` with the bound taken off each amount of money whose "more than" word is the language's word
    for a worth and stands right after a role, programme or deal noun ("ein Programm über 3 Millionen Dollar",
    "einen Kredit über 500 Millionen Euro"): the noun's stated worth, exact."""
    worth, nouns = _worth_words(lang), _nouns(lang)
    if worth is None:
        return quantities
    out = list(quantities)
    for n, q in enumerate(quantities):
        if q.kind != MONEY or q.qualifier != "over":
            continue
        m = worth.search(folded, max(0, q.start - 16), q.start)
        if m is None:
            continue
        before = folded[max(0, m.start() - 40):m.start()]
        if (nouns is not None and nouns.search(before)) or any(r.end() >= len(before) - _NOUN_GAP
                                                              for r in lex.roles.finditer(before)):
            out[n] = replace(q, qualifier=None)
    return out
