"""Details of an event read from its sentences: round number, topics, clause limits, cues."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from collections.abc import Callable, Sequence
from typing import NamedTuple

from ...text.matcher import Hit
from .data import LanguageEvents, Trigger

# The Arabic script's comma and semicolon ("،", "؛") break clauses as the Latin ones do.
CLAUSE_BREAKS = ",;:()–—\"«»“”，；：（）、「」『』،؛"
_DIGIT_ORDINAL = re.compile(r"(?<![\d.,])(\d{1,3})(?:-?[^\W\d_]{1,4}|\.)?$")
_WORDS_BEFORE_ROUND_NOUN = 3


class CueHit(NamedTuple):
    """A cue phrase found in the text (the interface of a regex match that the rules use)."""

    # A named tuple: cheap to build by the dozen per document, and ordered by position for bisect.
    begin: int
    finish: int

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish


@dataclass
class Scan:
    """One document's folded text with every trigger, cue, topic word, round noun and clause break,
    found in one pass of the language's lexicon."""

    folded: str
    cues: dict[str, list[CueHit]]
    breaks: list[int]
    triggers: list[tuple[Hit, Trigger]] = field(default_factory=list)
    topics: list[tuple[Hit, str, bool]] = field(default_factory=list)
    rounds: list[tuple[Hit, bool]] = field(default_factory=list)
    sectors: list[tuple[int, int, str]] = field(default_factory=list)   # (start, end, sector) of sector words
    memo: dict[tuple[str, int, int], int | None] = field(default_factory=dict)
    groups: dict[tuple, list] = field(default_factory=dict)    # a sentence's actors -> their groups
    named_topics: list[tuple[int, str]] | None = None          # (start, topic) of the topic words that fit

    @classmethod
    def of(cls, lang: LanguageEvents, text: str, folded: str,
           dates: Sequence[tuple[int, int]] = ()) -> Scan:
        """`dates` are the spans of stated dates: a cue inside one is a month's name, not a cue
        (the month "May" is no modal)."""
        cues: dict[str, list[CueHit]] = {}
        triggers: list[tuple[Hit, Trigger]] = []
        topic_hits: list[tuple[Hit, str, bool]] = []
        rounds: list[tuple[Hit, bool]] = []
        sectors: list[tuple[int, int, str]] = []
        cue_hit = tuple.__new__      # CueHit(...) without the named tuple's Python-level __new__
        for hit in lang.lexicon.find_all(text, folded):
            start, end, key_end, payloads = hit
            plan = _PLANS.get(id(payloads))
            if plan is None or plan[0] is not payloads:
                plan = _plan(payloads)
            _, hit_triggers, stem_cues, word_cues, hit_topics, hit_rounds, hit_sectors = plan
            for trigger in hit_triggers:
                triggers.append((hit, trigger))
            if stem_cues:
                for kind in stem_cues:
                    cues.setdefault(kind, []).append(cue_hit(CueHit, (start, end)))
            if word_cues and end == key_end:
                for kind in word_cues:
                    cues.setdefault(kind, []).append(cue_hit(CueHit, (start, key_end)))
            if hit_topics:
                for topic, stem in hit_topics:
                    topic_hits.append((hit, topic, stem))
            if hit_rounds:
                for stem in hit_rounds:
                    rounds.append((hit, stem))
            if hit_sectors:
                for sector, stem in hit_sectors:
                    if stem or end == key_end or lang.morph.accepts(folded[key_end:end]):
                        sectors.append((start, end, sector))
        if lang.short_cues is not None:
            kinds = lang.short_kinds
            for m in lang.short_cues.finditer(folded):
                i = m.start()
                if i and (folded[i - 1].isalnum() or folded[i - 1] == "_"):
                    continue          # the end of a longer word ("une" is no "ne")
                for kind in kinds[m.group()]:
                    cues.setdefault(kind, []).append(CueHit(m.start(), m.end()))
        if dates:
            inside = _within(dates)
            for kind, hits in cues.items():
                cues[kind] = sorted(h for h in hits if not inside(h.begin, h.finish))
        else:
            for hits in cues.values():
                hits.sort()
        breaks = list(map(_break_start, _BREAK.finditer(folded)))
        if "(" in folded:
            # An acronym in brackets ("the Dockers' Union (DU) stopped work") glosses the name
            # before it: no clause ends there.
            glossed = {i for m in _GLOSS.finditer(folded) for i in (m.start(), m.end() - 1)}
            breaks = [b for b in breaks if b not in glossed]
        return cls(folded, cues, breaks, triggers, topic_hits, rounds, sectors)


# What a hit of each lexicon entry adds to the scan, by its payloads: (the payloads, triggers, kinds of
# cue that take any ending, kinds of cue that take none, topics, round nouns, sectors), each table's
# in turn. Read once per entry, not once per hit. Each plan holds its payloads (the lexicon's own
# tuples), whose id therefore cannot be reused.
_Plan = tuple[tuple, tuple, tuple, tuple, tuple, tuple, tuple]
_PLANS: dict[int, _Plan] = {}
_PLANS_SIZE = 200_000       # the entries of every language's lexicon, with room to spare


def _plan(payloads: tuple) -> _Plan:
    plan: _Plan = (payloads,
                   tuple(t for tables in payloads for t in tables.triggers),
                   tuple(kind for tables in payloads for kind, stem in tables.cues if stem),
                   tuple(kind for tables in payloads for kind, stem in tables.cues if not stem),
                   tuple(topic for tables in payloads for topic in tables.topics),
                   tuple(stem for tables in payloads for stem in tables.rounds),
                   tuple(sector for tables in payloads for sector in tables.sectors))
    if len(_PLANS) >= _PLANS_SIZE:
        _PLANS.clear()
    _PLANS[id(payloads)] = plan
    return plan


# A comma or point between digits is a decimal or thousands mark ("1,5 Milliarden"), not a break.
# (The class first and the exception after it: a pattern that opens with a character class is
# scanned for in C, one that opens with a look-around is tried at every position, 5-10x slower.)
# Not a break: a decimal comma or point, nor a gershayim written as '"' inside a Hebrew word ("כ"ץ", "צה"ל").
_BREAK = re.compile("[" + re.escape(CLAUSE_BREAKS) + "](?<!\\d[,.](?=\\d))(?<![^\\W\\d_]\"(?=[^\\W\\d_]))")
_break_start = re.Match.start
_GLOSS = re.compile(r"\([^\s()]{1,12}\)")


def clause(scan: Scan, s_start: int, s_end: int, pos: int, end: int) -> tuple[int, int]:
    """The clause around `[pos:end]`: up to the nearest punctuation break on each side."""
    i = bisect.bisect_left(scan.breaks, pos)
    left = scan.breaks[i - 1] + 1 if i > 0 else 0
    j = bisect.bisect_left(scan.breaks, end)
    right = scan.breaks[j] if j < len(scan.breaks) else len(scan.folded)
    return max(left, s_start), min(right, s_end)


def _within(spans: Sequence[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test of whether `[start:end]` lies inside one of `spans`."""
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]

    def inside(start: int, end: int) -> bool:
        i = bisect.bisect_right(starts, start) - 1
        return i >= 0 and ordered[i][1] >= end
    return inside


def has_cue(scan: Scan, name: str, start: int, end: int) -> CueHit | None:
    """The first cue of kind `name` (negations, future, background, ...) inside `[start:end]`."""
    hits = scan.cues.get(name)
    if not hits or start >= end:
        return None
    i = bisect.bisect_left(hits, (start,))
    if i < len(hits) and hits[i].finish <= end:
        return hits[i]
    return None


# Letters, digits, a combining acute and apostrophes: `is_word_char` or "'" (`[^\W_]` is isalnum()).
_WORD_REST = re.compile("(?:[^\\W_]|[\u0301'])*")


def word_end(folded: str, pos: int) -> int:
    """Where the word that `pos` lies in (or starts) ends."""
    if pos >= len(folded):
        return pos
    return _WORD_REST.match(folded, pos).end()    # type: ignore[union-attr]


def round_number(lang: LanguageEvents, text: str, scan: Scan, start: int, end: int) -> int | None:
    """A round number stated in `text[start:end]`: an ordinal shortly before a round noun
    ("altıncı raund", "24-е заседание", "fifth round", "ilk iqtisadi məsləhətləşmələr")."""
    if not scan.rounds:
        return None
    key = ("round", start, end)
    if key not in scan.memo:
        scan.memo[key] = _round_number(lang, text, scan, start, end)
    return scan.memo[key]


def _round_number(lang: LanguageEvents, text: str, scan: Scan, start: int, end: int) -> int | None:
    folded = scan.folded
    for hit, stem in scan.rounds:
        if not start <= hit.start < end:
            continue
        tail = folded[hit.key_end:hit.end]
        if not stem and tail and not lang.morph.accepts(tail):
            continue
        words = folded[max(start, hit.start - 60):hit.start].split()[-_WORDS_BEFORE_ROUND_NOUN:]
        for word in reversed(words):
            number = _ordinal(lang, word.strip(".,;:«»\"'()"))
            if number is not None:
                return number
    return None


def _ordinal(lang: LanguageEvents, word: str) -> int | None:
    if word in lang.ordinals:
        return lang.ordinals[word]
    # An inflected ordinal word: the longest listed form it starts with.
    if word.startswith(lang.ordinal_stems):
        for form in lang.ordinal_stems:
            if word.startswith(form) and len(word) - len(form) <= 4:
                return lang.ordinals[form]
    m = _DIGIT_ORDINAL.match(word)
    if m and 0 < int(m[1]) < 200:
        suffix = word[len(m[1]):]
        if suffix and (suffix in lang.digit_ordinal_suffixes or suffix.lstrip("-'") in lang.digit_ordinal_suffixes):
            return int(m[1])
    return None


def topics(lang: LanguageEvents, text: str, scan: Scan, spans: list[tuple[int, int]]) -> list[str]:
    """Topics named in the given spans, in order of first mention."""
    named = scan.named_topics
    if named is None:
        # Whether a topic word's ending fits is read once per document, not once per event.
        folded = scan.folded
        named = scan.named_topics = [
            (hit.start, topic) for hit, topic, stem in scan.topics
            if stem or hit.end == hit.key_end or lang.morph.accepts(folded[hit.key_end:hit.end])]
    found: dict[str, int] = {}
    starts = [s for s, _ in spans]
    for start, topic in named:
        if topic in found:
            continue
        i = bisect.bisect_right(starts, start) - 1
        if i < 0 or start >= spans[i][1]:
            continue
        found[topic] = start
    return sorted(found, key=found.__getitem__)
