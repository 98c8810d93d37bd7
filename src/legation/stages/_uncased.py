"""Names in scripts without capital letters (Arabic, Persian, Hebrew, Chinese, Georgian ...).

Where no capital marks a name, a name is found where a role chain ends: the words after
"وزير الخارجية الإيراني", "שר החוץ", "外交部长". It takes at most `max_words` words of the
language's `names.toml`, and ends before a `stops` word, a word a name lexicon claims (a country, a role, "counterpart"), a digit or punctuation;
a title ("السيد") may stand between the role and the name. Whom the name belongs to is then
asked of the office-holders table (the role's offices, the chain's country, the article's
date; `gazetteer.officials.named_after_role`), which also gives the usual Latin spelling.

The code knows no language: a language opts in with `cased = false` in its `names.toml`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import resources
from ..text.fold import fold
from ..text.matcher import Morphology
from ._lexicons import COUNTRY, DEMONYM, INSTITUTION, ORG, PIVOT, QUALIFIER, ROLE
from .entities import NameHit

_CHAIN_END = frozenset({ROLE, QUALIFIER, INSTITUTION, COUNTRY, DEMONYM, ORG})
_DEFAULT_WORDS = 3
_INSIDE_WORD = "'\u05f3\u2019\u200c"      # apostrophe, Hebrew geresh, ’, zero-width non-joiner


@dataclass(frozen=True)
class Uncased:
    """How a language without capitals writes a name after a role."""

    max_words: int
    stops: frozenset[str]
    titles: frozenset[str]


@cache
def uncased(lang: str) -> Uncased | None:
    """The language's settings when its script has no capitals (`cased = false`), else None."""
    data = resources.load(lang, "names")
    if data.get("cased", True):
        return None
    # Only the language's own stop words: jusText's lists hold first names ("محمد", "عبد").
    stops = frozenset(fold(w) for w in data.get("stops", []))
    return Uncased(int(data.get("max_words", _DEFAULT_WORDS)), stops,
                   frozenset(fold(w) for w in data.get("titles", [])))


@cache
def offices(role: str) -> frozenset[str] | None:
    """The offices of data/officials.tsv an English role is (None when the table has none)."""
    found = resources.load(PIVOT, "roles").get("offices", {}).get(role)
    return frozenset(found) if found else None


def _stop(word: str, cfg: Uncased, morph: Morphology) -> bool:
    if word in cfg.stops:
        return True
    # A stop word with clitics written onto it ("وقال": and said).
    for cut in range(1, min(4, len(word) - 1)):
        if morph.after_prefixes(word[:cut]) and word[cut:] in cfg.stops:
            return True
    return False


def runs_after_roles(text: str, folded: str, tokens: list[tuple[int, int]], hits: list[NameHit],
                     claimed: bytearray, cfg: Uncased,
                     morph: Morphology) -> list[tuple[int, list[tuple[int, int]]]]:
    """Candidate names after role chains: (where the chain ends, the name's words).

    The words are candidates only: the caller keeps a name whose chain holds a role, and
    the office-holders table may shorten it.
    """
    tok_by_start = {s: i for i, (s, _) in enumerate(tokens)}
    out: list[tuple[int, list[tuple[int, int]]]] = []
    seen: set[int] = set()
    for hit in hits:
        if hit.kind not in _CHAIN_END:
            continue
        pos = hit.end
        while pos < len(text) and text[pos] == " ":
            pos += 1
        if pos < len(text) and text[pos] == "," and pos + 1 < len(text) and text[pos + 1] == " ":
            pos += 2                 # "שר החוץ האיראני, עבאס עראקצ'י"
        ti = tok_by_start.get(pos)
        if ti is None or any(claimed[pos:tokens[ti][1]]) or pos in seen:
            continue
        chain_end = hit.end
        while ti < len(tokens) and folded[tokens[ti][0]:tokens[ti][1]] in cfg.titles:
            ti += 1                  # "the minister, Mr ...": the title is no part of the name
        words: list[tuple[int, int]] = []
        while ti < len(tokens) and len(words) < cfg.max_words:
            s, e = tokens[ti]
            if words and text[words[-1][1]:s] != " ":
                break                # punctuation or a line between: the name has ended
            if any(claimed[s:e]) or e - s < 2 or _stop(folded[s:e], cfg, morph):
                break
            ti += 1
            # A word goes on past a geresh or a zero-width non-joiner ("עראקצ'י", "عراقچی").
            while ti < len(tokens) and tokens[ti][0] - e == 1 and text[e] in _INSIDE_WORD:
                e = tokens[ti][1]
                ti += 1
            words.append((s, e))
        if words:
            seen.add(pos)
            out.append((chain_end, words))
    return out
