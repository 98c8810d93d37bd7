"""Which countries a figure is about: the pair of the passage, and who exports to or imports from whom.

Helpers of the `figures` stage. Country mentions come from the `entities` stage; the
words that mark the other side of a trade flow ("exports to", "импорт из", "-ға
экспорт") come from `resources/<lang>/figures.toml` through the stage's lexicon.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..document import Document
from ..text.fold import fold
from ..text.numbers import Quantity

CountryMention = tuple[int, int, str, str]      # start, end, ISO code, text as written
Pair = tuple[str, str]


def country_mentions(doc: Document) -> list[CountryMention]:
    """Every mention of a country entity, in text order."""
    out = []
    for ent in doc.entities:
        if ent.kind == "country" and ent.code:
            out.extend((m.start, m.end, ent.code, m.text) for m in ent.mentions)
    out.sort()
    return out


def home_country(mentions: list[CountryMention]) -> str | None:
    """The country named most often (first named on a tie): the side the article reports from."""
    if not mentions:
        return None
    counts = Counter(code for _, _, code, _ in mentions)
    first: dict[str, int] = {}
    for i, (_, _, code, _) in enumerate(mentions):
        first.setdefault(code, i)
    return max(counts, key=lambda c: (counts[c], -first[c]))


def _ordered(codes: list[str], home: str | None) -> Pair:
    pair = (codes[0], codes[1])
    if home in pair and pair[0] != home:
        pair = (home, pair[0])
    return pair


def sentence_pair(sc: list[CountryMention], previous: Pair | None, home: str | None) -> Pair | None:
    """The two countries a sentence's figures are about, carrying the passage's pair over."""
    codes = list(dict.fromkeys(code for _, _, code, _ in sc))
    if len(codes) >= 2:
        return _ordered(codes, home)
    if len(codes) == 1:
        c = codes[0]
        if previous and c in previous:
            return previous
        if previous:
            return (c, previous[1] if previous[0] != c else previous[0])
        if home and home != c:
            return (home, c)
        return None
    return previous


def figure_pair(q: Quantity, sq: list[Quantity], sc: list[CountryMention], pair: Pair | None,
                home: str | None) -> Pair | None:
    """The pair of one figure: a sentence naming three countries or more speaks of several pairs
    ("trade with A reached X, with B Y"), so the countries of the figure's own clause decide."""
    if len({code for _, _, code, _ in sc}) < 3:
        return pair
    lo = max((o.end for o in sq if o.end <= q.start and o.kind in ("money", "percent")), default=-1)
    own = [code for s, _, code, _ in sc if lo <= s < q.start]
    codes = list(dict.fromkeys(own))
    if len(codes) >= 2:
        return _ordered(codes, home)
    if len(codes) == 1 and pair and codes[0] not in pair:
        keep = home if home and home != codes[0] else pair[0]
        return (keep, codes[0])
    return pair


def parties(folded: str, metric: str, q: Quantity, sc: list[CountryMention], pair: Pair | None,
            home: str | None, lex: Any) -> tuple[str | None, str | None]:
    """(reporter, partner): exports name their destination, imports their origin, the rest the pair."""
    if metric in ("exports", "imports") and sc:
        before_words = lex.to_before if metric == "exports" else lex.from_before
        suffixes = lex.to_suffixes if metric == "exports" else lex.p_from_suffixes
        for start, end, code, _ in sorted(sc, key=lambda c: abs(c[0] - q.start)):
            word = folded[start:end]
            stem = min((fold(m) for _, _, c, m in sc if c == code), key=len)
            tail = word[len(stem):].lstrip("'") if word.startswith(stem) else ""
            if before_words.search(folded[max(0, start - 16):start]) or \
                    (suffixes and tail and any(tail.endswith(s) for s in suffixes)):
                others = [c for _, _, c, _ in sc if c != code]
                reporter = others[0] if others else (
                    (pair[0] if pair[1] == code else pair[1]) if pair and code in pair else home)
                if reporter != code:
                    return reporter, code
    if pair:
        return pair
    return home, None


__all__ = ["country_mentions", "home_country", "sentence_pair", "figure_pair", "parties"]
