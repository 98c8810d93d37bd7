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

import bisect
from dataclasses import dataclass
from functools import cache

from .. import resources
from ..text.fold import fold
from ..text.matcher import Morphology
from ._lexicons import COUNTRY, DEMONYM, INSTITUTION, ORG, PIVOT, QUALIFIER, ROLE
from .entities import NameHit

_CHAIN_END = frozenset({ROLE, QUALIFIER, INSTITUTION, COUNTRY, DEMONYM, ORG})
_DEFAULT_WORDS = 3
_MIN_STEM = 3
_INSIDE_WORD = "'\u05f3\u2019\u200c"      # apostrophe, Hebrew geresh, ’, zero-width non-joiner


@dataclass(frozen=True)
class Uncased:
    """How a language without capitals writes a name after a role."""

    max_words: int
    stops: frozenset[str]
    titles: frozenset[str]
    particles: frozenset[str]       # glue inside a name ("بن", "آل"): not counted in max_words
    home: str | None                # the country a role without one most often belongs to
    nominative: tuple[tuple[str, str], ...] = ()   # (oblique ending, nominative ending), longest first

    def base(self, word: str) -> str:
        """A name's last word back in the nominative ("დარჩიაშვილმა" -> "დარჩიაშვილი")."""
        low = fold(word)
        for oblique, nominative in self.nominative:
            if low.endswith(oblique) and len(low) - len(oblique) >= _MIN_STEM:
                return word[:len(word) - len(oblique)] + nominative
        return word


@cache
def uncased(lang: str) -> Uncased | None:
    """The language's settings when its script has no capitals (`cased = false`), else None."""
    data = resources.load(lang, "names")
    if data.get("cased", True):
        return None
    # Only the language's own stop words: jusText's lists hold first names ("محمد", "عبد").
    stops = frozenset(fold(w) for w in data.get("stops", []))
    nominative = sorted(((fold(k), v) for k, v in data.get("nominative", {}).items()),
                        key=lambda p: len(p[0]), reverse=True)
    return Uncased(int(data.get("max_words", _DEFAULT_WORDS)), stops,
                   frozenset(fold(w) for w in data.get("titles", [])),
                   frozenset(fold(w) for w in data.get("particles", [])), data.get("home"), tuple(nominative))


@cache
def offices(role: str) -> frozenset[str] | None:
    """The offices of data/officials.tsv an English role is (None when the table has none)."""
    found = resources.load(PIVOT, "roles").get("offices", {}).get(role)
    return frozenset(found) if found else None


def _stop(word: str, cfg: Uncased, morph: Morphology, first: bool = False) -> bool:
    if word in cfg.stops:
        return True
    if first:
        return False                 # a name's first word: "فيصل" is no "ف" + "يصل" (and arrives)
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
        if ti is None or _title_at(folded, tokens, hit, cfg):
            continue                 # a title that is a role word too ("الأمير"): the name comes after it
        chain_end = hit.end
        while ti < len(tokens) and folded[tokens[ti][0]:tokens[ti][1]] in cfg.titles:
            ti += 1                  # "the minister, Mr ...", "the Saudi minister, Prince ...": no part of the name
        if ti >= len(tokens) or any(claimed[tokens[ti][0]:tokens[ti][1]]) or tokens[ti][0] in seen:
            continue
        pos = tokens[ti][0]
        words: list[tuple[int, int]] = []
        counted = 0
        while ti < len(tokens) and counted < cfg.max_words:
            s, e = tokens[ti]
            gap = text[words[-1][1]:s] if words else " "
            if gap != " " and not (gap == ". " and words[-1][1] - words[-1][0] <= 2):
                break                # punctuation or a line between, not an initial's point: the name has ended
            if any(claimed[s:e]) or e - s < 2 or _stop(folded[s:e], cfg, morph, first=not words):
                break
            counted += folded[s:e] not in cfg.particles
            ti += 1
            # A word goes on past a geresh or a zero-width non-joiner ("עראקצ'י", "عراقچی").
            while ti < len(tokens) and tokens[ti][0] - e == 1 and text[e] in _INSIDE_WORD:
                e = tokens[ti][1]
                ti += 1
            words.append((s, e))
        while words and folded[words[-1][0]:words[-1][1]] in cfg.particles:
            words.pop()              # a name does not end in "بن"
        if words:
            seen.add(pos)
            out.append((chain_end, words))
    return out


def _title_at(folded: str, tokens: list[tuple[int, int]], hit: NameHit, cfg: Uncased) -> bool:
    """Whether the role word `hit` is written as a title ("الأمير" after "وزير الخارجية السعودي")."""
    i = bisect.bisect_right(tokens, (hit.start, len(folded) + 1)) - 1
    if i < 0:
        return False
    s, e = tokens[i]
    return s <= hit.start and e == hit.end and folded[s:e] in cfg.titles


def runs_before_roles(text: str, folded: str, tokens: list[tuple[int, int]], hits: list[NameHit],
                      claimed: bytearray, cfg: Uncased, morph: Morphology) -> list[list[tuple[int, int]]]:
    """Candidate names right before a comma and a role ("عباس عراقچی، وزیر امور خارجه ایران").

    The words are read leftwards from the comma, up to `max_words`, and stop at a stop word,
    a title, a claimed word or punctuation.
    """
    tok_by_end = {e: i for i, (_, e) in enumerate(tokens)}
    out: list[list[tuple[int, int]]] = []
    for hit in hits:
        if hit.kind != ROLE:
            continue
        pos = hit.start
        while pos > 0 and text[pos - 1].isalnum():
            pos -= 1                 # clitics on the role word
        if pos < 2 or text[pos - 1] != " " or text[pos - 2] not in ",\u060c":
            continue
        ti = tok_by_end.get(pos - 2)
        words: list[tuple[int, int]] = []
        while ti is not None and ti >= 0 and len(words) < cfg.max_words:
            s, e = tokens[ti]
            if words and text[e:words[0][0]] != " ":
                # a geresh or joiner inside the word ("عراقچی" typed with a joiner)
                if words[0][0] - e == 1 and text[e] in _INSIDE_WORD:
                    words[0] = (s, words[0][1])
                    ti -= 1
                    continue
                break
            word = folded[s:e]
            if any(claimed[s:e]) or e - s < 2 or _stop(word, cfg, morph) or word in cfg.titles:
                break
            words.insert(0, (s, e))
            ti -= 1
        if words:
            out.append(words)
    return out
