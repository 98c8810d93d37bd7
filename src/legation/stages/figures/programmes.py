"""The worth of a plan, programme, package, facility or deposit one side gives another.

"The Commission approved Slovenia's recovery plan worth 2.7 billion euros", "a growth plan for Albania of
900 million euros", "a package of 250 million dollars for Jordan", "the Fund's programme for Sri Lanka was
augmented to 4 billion", "a deposit of 1 billion dollars in the central bank", "2,7 milyar avroluk kurtarma
planı", "27억 유로 규모의 회복 계획": the amount states what the plan is worth, and the plan is aid, though
no aid word names it, when its sentence names two sides (a giver and the country it is for). The words
(`figures.toml [aid] programmes`) stand right before the amount in its clause ("plan worth", "paquet de",
"σχέδιο ... ύψους") or right after it ("avroluk kurtarma planı", "規模の復興計画"). A plan is a target
word in some languages ("plan to raise trade to 5 billion"): a plan's worth between two sides is not.

In the same way the worth of an agreement, deal or contract between two sides ("signed an agreement worth 8
billion dollars", `figures.toml [investment] deals`) is an investment, when no word of trade or aid names it.
"""

from __future__ import annotations

import re
from functools import cache

from ... import resources
from ...document import Document
from ...text.numbers import AFTER_WORD, MONEY, PERCENT, Quantity, alternation
from .model import _CLAUSE_END

_BEFORE = 64        # at most this many characters from a plan's word to its amount ("plan de relance de la Croatie d'un montant de")
_AFTER = 24         # at most this many after the amount ("milyar avroluk kurtarma planı", "유로 규모 회복 계획")


@cache
def _words(lang: str, table: str = "aid", key: str = "programmes") -> re.Pattern[str] | None:
    """The language's words for a plan, programme, package, facility or deposit (`figures.toml [aid] programmes`),
    or with `table` "investment" and `key` "deals", for an agreement, deal or contract."""
    words = ((resources.load(lang, "figures") or {}).get(table) or {}).get(key) or []
    return re.compile(AFTER_WORD + "(?:" + alternation(words) + ")") if words else None


def sides_named(doc: Document, s0: int, s1: int, through: bool = False) -> int:
    """How many different countries and organisations the sentence `s0:s1` names; with `through`, counting
    the countries of the people and places it names too ("during Meloni's visit to Algiers")."""
    codes = {e.code for e in doc.entities if e.kind in ("country", "org") and e.code
             and any(s0 <= m.start < s1 for m in e.mentions)}
    if through:
        codes |= {e.country for e in doc.entities if e.kind in ("person", "place") and e.country
                  and any(s0 <= m.start < s1 for m in e.mentions)}
    return len(codes)


def deal_worth(lang: str, folded: str, q: Quantity, sq: list[Quantity], s0: int, s1: int) -> bool:
    """Whether the amount `q` states the worth of an agreement, deal or contract ("an agreement worth 8 billion
    dollars", "8 milyar dolarlık anlaşma", "80億ドル規模の契約"; `figures.toml [investment] deals`): signed
    between two sides, with no word of trade or aid, it is an investment."""
    return _worth(_words(lang, "investment", "deals"), folded, q, sq, s0, s1)


def programme_worth(lang: str, folded: str, q: Quantity, sq: list[Quantity], s0: int, s1: int) -> bool:
    """Whether the amount `q` states the worth of a plan, programme, package, facility or deposit: one of their
    words right before it in its clause, with no other amount between, or a few words after it in its clause."""
    return _worth(_words(lang), folded, q, sq, s0, s1)


def _worth(words: re.Pattern[str] | None, folded: str, q: Quantity, sq: list[Quantity], s0: int, s1: int) -> bool:
    """Whether one of `words` stands right before the amount `q` in its clause, with no other amount between,
    or a few words after it in its clause."""
    if words is None or q.kind != MONEY:
        return False
    lo = max([s0, q.start - _BEFORE] + [o.end for o in sq if o.kind in (MONEY, PERCENT) and o.end <= q.start])
    cuts = [m.end() for m in _CLAUSE_END.finditer(folded, lo, q.start)]
    if words.search(folded, cuts[-1] if cuts else lo, q.start) is not None:
        return True
    hi = min([s1, q.end + _AFTER] + [o.start for o in sq if o.start >= q.end and o is not q])
    stop = _CLAUSE_END.search(folded, q.end, hi)
    return words.search(folded, q.end, stop.start() if stop else hi) is not None
