"""A language's figure words (`resources/<lang>/figures.toml`), compiled once per language: role
phrases and their metrics, rise and fall, comparison, change, target and partner words, closing role
words; and the metric of a role phrase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ... import resources
from ...text.fold import UNSPACED_CLASS, fold
from ...text.numbers import AFTER_WORD, OwnerMemo, alternation


@dataclass(frozen=True)
class _Lexicon:
    roles: re.Pattern[str]
    role_of: tuple[tuple[re.Pattern[str], str], ...]
    up: re.Pattern[str]
    down: re.Pattern[str]
    blockers: re.Pattern[str]
    window: int
    compare_before: re.Pattern[str]
    compare_after: re.Pattern[str]
    from_to: re.Pattern[str]
    from_to_mid: re.Pattern[str] | None
    from_suffixes: tuple[str, ...]
    to_before: re.Pattern[str]
    from_before: re.Pattern[str]
    to_suffixes: tuple[str, ...]
    p_from_suffixes: tuple[str, ...]
    year_before: re.Pattern[str]
    targets: re.Pattern[str]
    change_by: re.Pattern[str]
    change_less: re.Pattern[str]
    change_more: re.Pattern[str]
    to_after: frozenset[str] = frozenset()       # postpositions after the country ("चीन को")
    from_after: frozenset[str] = frozenset()
    there: re.Pattern[str] | None = None         # "from there", "von dort": the partner just named
    bought: re.Pattern[str] | None = None        # verbs of buying: the place named is the seller
    shares: re.Pattern[str] | None = None        # share words among the blockers ("payına", "долю")
    flows: re.Pattern[str] | None = None         # the export and import role words
    record: re.Pattern[str] | None = None        # a record high ("사상 최대", "過去最高"): said to have risen
    links: re.Pattern[str] | None = None         # particles between a base period and its value ("前年の")
    before_level: bool = False                   # "X artarak Y'ye ulaştı": X before its rise word is the change
    by_suffixes: tuple[str, ...] = ()            # the case of a change's amount ("800 млн долларға өсті": by)


# After a word of a script without spaces, the next word follows without a space ("对俄罗斯"); so does
# it after an elided article ("vers l'Inde", "dall'Egitto").
_SPACE_OR_RUN = r"(?:\s+|(?<=[" + UNSPACED_CLASS + r"'’]))"


def _rx(words: list[str]) -> re.Pattern[str]:
    return re.compile(AFTER_WORD + r"(?:" + alternation(words) + ")")


@cache
def word_pattern(lang: str, section: str, key: str, tail: str = "") -> re.Pattern[str] | None:
    """The words of `figures.toml [section] key` as one pattern from a word start, then `tail`; None
    when the language lists none."""
    words = ((resources.load(lang, "figures") or {}).get(section) or {}).get(key) or []
    return re.compile(AFTER_WORD + "(?:" + alternation(words) + ")" + tail) if words else None


@cache
def _lexicon(lang: str) -> _Lexicon:
    data = resources.load(lang, "figures") or resources.load("en", "figures")
    roles = data.get("roles", {})
    entries = [(w, metric) for metric, words in roles.items() for w in words]
    role_of = tuple((re.compile(alternation([w]) + r"\Z"), metric)
                    for w, metric in sorted(entries, key=lambda e: -len(e[0])))
    comp = data.get("compare", {})
    part = data.get("partners", {})
    nf = data.get("not_figures", {})
    return _Lexicon(
        _rx([w for w, _ in entries]), role_of,
        _rx(data.get("direction", {}).get("up", [])), _rx(data.get("direction", {}).get("down", [])),
        _rx(nf.get("words", [])), int(nf.get("window", 30)),
        re.compile(AFTER_WORD + r"(?:" + alternation(comp.get("before", [])) + r")"),
        re.compile(AFTER_WORD + r"(?:" + alternation(comp.get("after", [])) + ")"),
        re.compile(AFTER_WORD + r"(?:" + alternation(comp.get("from_to", [])) + r")\s*$"),
        re.compile(r"[\s,]*(?:(?:" + alternation(comp["to"]) + r")[\s,]*)?") if comp.get("to") else None,
        tuple(fold(s) for s in comp.get("from_suffixes", [])),
        re.compile(AFTER_WORD + r"(?:" + alternation(part.get("to_before", [])) + r")" + _SPACE_OR_RUN + "$"),
        re.compile(AFTER_WORD + r"(?:" + alternation(part.get("from_before", [])) + r")" + _SPACE_OR_RUN + "$"),
        tuple(fold(s) for s in part.get("to_suffixes", [])),
        tuple(fold(s) for s in part.get("from_suffixes", [])),
        re.compile(AFTER_WORD + r"(?:" + alternation(
            (resources.load(lang, "numbers") or {}).get("years", {}).get("before", [])) + ")"),
        _rx(data.get("targets", {}).get("words", [])),
        re.compile(AFTER_WORD + r"(?:" + alternation(data.get("change", {}).get("by", [])) + r")\s*$"),
        re.compile(r"\s*(?:" + alternation(data.get("change", {}).get("less", [])) + ")"),
        re.compile(r"\s*(?:" + alternation(data.get("change", {}).get("more", [])) + ")"),
        frozenset(fold(s) for s in part.get("to_after", [])),
        frozenset(fold(s) for s in part.get("from_after", [])),
        _rx(part["there"]) if part.get("there") else None,
        _rx(part["bought"]) if part.get("bought") else None,
        re.compile(alternation(nf["shares"]) + r"\Z") if nf.get("shares") else None,
        _rx(roles.get("exports", []) + roles.get("imports", [])) if roles.get("exports") else None,
        _rx(data["direction"]["record"]) if data.get("direction", {}).get("record") else None,
        re.compile(alternation(comp["links"])) if comp.get("links") else None,
        bool(data.get("change", {}).get("before_level", False)),
        tuple(fold(s) for s in data.get("change", {}).get("by_suffixes", [])),
    )


_METRICS = OwnerMemo()     # the metric of each role phrase read so far, per lexicon


def _metric_of(lex: _Lexicon, phrase: str) -> str | None:
    found: str | None = _METRICS.get(lex, phrase, lambda: next((metric for pattern, metric in lex.role_of
                                                                 if pattern.match(phrase)), None))
    return found


@cache
def _conjunctions(lang: str) -> frozenset[str]:
    """The language's words for "and" (events.toml [cues] conjunctions, one-word ones)."""
    words = ((resources.load(lang, "events") or {}).get("cues") or {}).get("conjunctions") or []
    return frozenset(fold(w) for w in words if " " not in w.strip())


@cache
def _closing_words(lang: str) -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], str], ...]] | None:
    """The language's closing role words (figures.toml [closing]) and the metric of each."""
    data = resources.load(lang, "figures") or {}
    entries = [(w, metric) for metric, words in (data.get("closing") or {}).items() for w in words]
    if not entries:
        return None
    return _rx([w for w, _ in entries]), tuple((re.compile(alternation([w]) + r"\Z"), metric)
                                              for w, metric in sorted(entries, key=lambda e: -len(e[0])))
