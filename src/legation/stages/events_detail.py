"""Details of an event read from its sentences: round number, topics, clause limits, cues."""

from __future__ import annotations

import re

from ..text.fold import is_word_char
from .events_data import LanguageEvents

_CLAUSE_BREAKS = ",;:()–—\"«»“”"
_DIGIT_ORDINAL = re.compile(r"(?<![\d.,])(\d{1,3})(?:-?[^\W\d_]{1,4}|\.)?$")
_WORDS_BEFORE_ROUND_NOUN = 3


def clause(folded: str, s_start: int, s_end: int, pos: int, end: int) -> tuple[int, int]:
    """The clause around `folded[pos:end]`: up to the nearest punctuation break on each side."""
    left = pos
    while left > s_start and folded[left - 1] not in _CLAUSE_BREAKS:
        left -= 1
    right = end
    while right < s_end and folded[right] not in _CLAUSE_BREAKS:
        right += 1
    return left, right


def has_cue(lang: LanguageEvents, name: str, folded: str, start: int, end: int) -> re.Match[str] | None:
    """The first cue of kind `name` (negations, future, background, reference) in `folded[start:end]`."""
    pattern = lang.cue_patterns.get(name)
    if pattern is None or start >= end:
        return None
    return pattern.search(folded, start, end)


def word_end(folded: str, pos: int) -> int:
    while pos < len(folded) and (is_word_char(folded[pos]) or folded[pos] == "'"):
        pos += 1
    return pos


def round_number(lang: LanguageEvents, text: str, folded: str, start: int, end: int) -> int | None:
    """A round number stated in `text[start:end]`: an ordinal shortly before a round noun
    ("beşinci raund", "24-е заседание", "fifth round", "ilk siyasi məsləhətləşmələr")."""
    if lang.round_nouns is None:
        return None
    for hit in lang.round_nouns.find_all(text[start:end], folded[start:end]):
        noun_start = start + hit.start
        tail = folded[start + hit.key_end:start + hit.end]
        if not hit.payloads[0] and tail and not lang.morph.accepts(tail):
            continue
        words = folded[max(start, noun_start - 60):noun_start].split()[-_WORDS_BEFORE_ROUND_NOUN:]
        for word in reversed(words):
            word = word.strip(".,;:«»\"'()")
            number = _ordinal(lang, word)
            if number is not None:
                return number
    return None


def _ordinal(lang: LanguageEvents, word: str) -> int | None:
    if word in lang.ordinals:
        return lang.ordinals[word]
    # An inflected ordinal word: the longest listed form it starts with.
    for form in sorted(lang.ordinals, key=len, reverse=True):
        if len(form) >= 4 and word.startswith(form) and len(word) - len(form) <= 4:
            return lang.ordinals[form]
    m = _DIGIT_ORDINAL.match(word)
    if m and 0 < int(m[1]) < 200:
        suffix = word[len(m[1]):]
        if suffix and (suffix in lang.digit_ordinal_suffixes or suffix.lstrip("-'") in lang.digit_ordinal_suffixes):
            return int(m[1])
    return None


def topics(lang: LanguageEvents, text: str, folded: str, spans: list[tuple[int, int]]) -> list[str]:
    """Topics named in the given spans, in order of first mention."""
    if lang.topics is None:
        return []
    found: dict[str, int] = {}
    for s, e in spans:
        for hit in lang.topics.find_all(text[s:e], folded[s:e]):
            for topic, stem in hit.payloads:
                if not stem and hit.end != hit.key_end and not lang.morph.accepts(folded[s + hit.key_end:s + hit.end]):
                    continue
                found.setdefault(topic, s + hit.start)
    return sorted(found, key=found.__getitem__)
