"""One-pass, inflection-aware phrase matching (Aho-Corasick over folded text).

A `Lexicon` holds phrases with payloads. `find` scans the folded text once and
keeps a hit only where it starts at a word boundary and ends either at a word
boundary, or followed by what the language's `morphology.toml` allows after a
name: a chain of case suffixes (`Brüssel|də`, `Қазақстан|ның`, `Казахстан|а`),
or an apostrophe and anything (`Kazakistan|'ın`). Keys whose last letters are
a declinable ending (`Россия`, `Брюссель`) are also entered as their stem,
which then needs a suffix (`Росси|и`, `Брюссел|е`).

In scripts written without spaces (Han, kana: `fold.is_unspaced`) a key is found inside a
run of characters (`中国` in `中国外交部`) and takes no suffix, with two limits: a key of one
such character only counts standing alone, and a katakana key must not run on into more
katakana (`ロシア` is no part of a longer loan word). A key next to such a run (`UN` in
`UN安理会`) ends where the run starts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, NamedTuple

import ahocorasick

from .. import resources
from ..deadline import check as check_deadline
from .fold import MARKS_CLASS, fold, is_katakana, is_mark, is_unspaced, is_word_char, lower_case

APOSTROPHES = "'"          # after fold(), every apostrophe is "'"
# The rest of a word after a key: letters, digits, combining acute, and an
# apostrophe followed by a letter ("kazakistan|'ın").
_WORD_TAIL = re.compile(rf"(?:[^\W_]|[{MARKS_CLASS}]|'(?=[^\W\d_]))*")

TAILS_MEMO_SIZE = 50_000   # word tails remembered per lexicon (a corpus has ever more)
CHECK_EVERY = 255          # the time budget is checked once per 256 raw hits (a check costs more than a hit)


@dataclass(frozen=True)
class Morphology:
    """What may follow a name inside the same word, for one language or a union of them."""

    suffixes: frozenset[str] = frozenset()
    max_suffixes: int = 2
    stem_endings: tuple[str, ...] = ()
    apostrophe_suffix: bool = True
    prefixes: frozenset[str] = frozenset()           # clitics written onto a word ("و", "ال")
    elisions: tuple[tuple[str, tuple[str, ...]], ...] = ()   # a phrase's start a prefix replaces

    def after_prefixes(self, word_head: str) -> bool:
        """Whether `word_head` (a word's letters before a phrase) is a chain of clitic prefixes."""
        if not word_head or not self.prefixes:
            return False
        if word_head in self.prefixes:
            return True
        return any(word_head[:cut] in self.prefixes and self.after_prefixes(word_head[cut:])
                   for cut in range(1, len(word_head)))

    def accepts(self, rest: str, *, need_suffix: bool = False) -> bool:
        """Whether `rest` (folded letters after a key, up to the word's end) is a valid tail."""
        if not rest:
            return not need_suffix
        if rest[0] in APOSTROPHES:
            return self.apostrophe_suffix
        return self._chain(rest, self.max_suffixes)

    def _chain(self, rest: str, depth: int) -> bool:
        if rest in self.suffixes:
            return True
        if depth <= 1:
            return False
        for cut in range(1, len(rest)):
            if rest[:cut] in self.suffixes and self._chain(rest[cut:], depth - 1):
                return True
        return False

    def union(self, other: Morphology) -> Morphology:
        return Morphology(
            self.suffixes | other.suffixes, max(self.max_suffixes, other.max_suffixes),
            tuple(dict.fromkeys(self.stem_endings + other.stem_endings)),
            self.apostrophe_suffix or other.apostrophe_suffix,
            self.prefixes | other.prefixes,
            tuple(dict.fromkeys(self.elisions + other.elisions)),
        )


@cache
def morphology(*langs: str) -> Morphology:
    """The morphology of `langs` together (from `resources/<lang>/morphology.toml`)."""
    # Start from no suffixes at all: the union keeps the largest chain length asked for.
    result = Morphology(max_suffixes=1)
    for lang in langs:
        data = resources.load(lang, "morphology").get("inflection", {})
        m = Morphology(
            frozenset(fold(s) for s in data.get("suffixes", [])),
            int(data.get("max_suffixes", 2)),
            tuple(fold(s) for s in data.get("stem_endings", [])),
            bool(data.get("apostrophe_suffix", True)),
            frozenset(fold(s) for s in data.get("prefixes", [])),
            tuple((fold(k), tuple(fold(v) for v in vs)) for k, vs in data.get("elisions", {}).items()),
        )
        result = result.union(m)
    return result


# The vowel signs Arabic and Hebrew news leave out (harakat with the superscript alef, niqqud; not the
# Hebrew punctuation among them), and the Arabic tatweel that only stretches a word ("الـرئيس").
_VOWEL_MARKS = re.compile("[\u064b-\u065f\u0670\u0640\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]")


# The last text `without_vowel_marks` read and its answer, as one tuple (read and replaced whole):
# the stages ask it of the same folded document once per lexicon.
_LAST_UNMARKED: list[tuple[str, tuple[str, list[int] | None]]] = [("", ("", None))]


def without_vowel_marks(text: str) -> tuple[str, list[int] | None]:
    """`text` without vowel marks and tatweel, and where each of its characters stands in `text`
    (None when nothing was taken out). A span `[s, e)` of the result is `[at[s], at[e])` of `text`,
    with `at[len(result)] == len(text)`: a span's end runs on over the marks on its last letter.
    (The lists given back are shared: read them, never change them.)"""
    if text.isascii():
        return text, None
    last = _LAST_UNMARKED[0]
    if last[0] is text:
        return last[1]
    found: tuple[str, list[int] | None] = (text, None)
    if _VOWEL_MARKS.search(text) is not None:
        at = [i for i, ch in enumerate(text) if _VOWEL_MARKS.match(ch) is None]
        found = ("".join(text[i] for i in at), at + [len(text)])
    _LAST_UNMARKED[0] = (text, found)
    return found


def _without_vowel_marks(key: str) -> str:
    """`key` without the vowel signs Arabic and Hebrew news leave out (harakat, niqqud)."""
    if key.isascii():
        return key
    return _VOWEL_MARKS.sub("", key)


class Hit(NamedTuple):
    """A phrase found in the text: `text[start:end]` is the whole inflected word(s)."""

    # A named tuple rather than a frozen dataclass: hits are made by the hundred per
    # document, and a frozen dataclass costs a microsecond each to build.
    start: int
    end: int
    key_end: int               # end of the phrase itself, before any suffix
    payloads: tuple[Any, ...]

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass
class _Key:
    payloads: list[Any] = field(default_factory=list)
    need_suffix: bool = False
    cased: bool = False
    payload_tuple: tuple[Any, ...] = ()


class Lexicon:
    """Phrases with payloads, matched in one pass with inflection handling.

    Args:
        entries: `(phrase, payload)` or `(phrase, payload, cased)`; a cased phrase
            only matches where the text starts it with an upper-case letter.
        morph: what may follow a phrase inside a word.
        cased: the default for entries that do not say.
    """

    def __init__(self, entries: Iterable[Sequence[Any]], morph: Morphology, *, cased: bool = False) -> None:
        self.morph = morph
        keys: dict[str, _Key] = {}
        for entry in entries:
            phrase, payload = entry[0], entry[1]
            is_cased = bool(entry[2]) if len(entry) > 2 else cased
            key = fold(phrase.strip())
            if not key:
                continue
            self._add(keys, key, payload, is_cased, need_suffix=False)
            bare = _without_vowel_marks(key)
            if bare != key:          # "عُمان" is written "عمان" in the news
                self._add(keys, bare, payload, is_cased, need_suffix=False)
            for start, replacements in morph.elisions:
                if key.startswith(start) and len(key) > len(start) + 1:
                    for repl in replacements:
                        self._add(keys, repl + key[len(start):], payload, is_cased, need_suffix=False)
            if morph.stem_endings and key.endswith(morph.stem_endings):
                for ending in morph.stem_endings:
                    stem = key[: -len(ending)]
                    if key.endswith(ending) and len(stem) >= 3 and is_word_char(stem[-1]):
                        self._add(keys, stem, payload, is_cased, need_suffix=True)
        self._automaton = ahocorasick.Automaton()
        for key, info in keys.items():
            info.payload_tuple = tuple(info.payloads)
            # What `find_all` reads of a key, as a plain tuple: no attribute look-ups per hit.
            # The script flags: a key that starts or ends in a script without spaces (Han, kana)
            # may sit inside a run; katakana ends must not run on into katakana; a single such
            # character counts only alone.
            unspaced_first, unspaced_last = is_unspaced(key[0]), is_unspaced(key[-1])
            self._automaton.add_word(key, (len(key) - 1, info.need_suffix, info.cased, info.payload_tuple,
                                           unspaced_first, unspaced_last, is_katakana(key[0]),
                                           is_katakana(key[-1]), len(key) == 1 and unspaced_first))
        self.size = len(keys)
        self._tails: dict[bool, dict[str, bool]] = {False: {}, True: {}}   # memo of `morph.accepts`
        if keys:
            self._automaton.make_automaton()

    @staticmethod
    def _add(keys: dict[str, _Key], key: str, payload: Any, cased: bool, *, need_suffix: bool) -> None:
        info = keys.get(key)
        if info is None:
            info = keys[key] = _Key(need_suffix=need_suffix, cased=cased)
        else:
            # A key entered both as a full form and as a stem needs no suffix.
            info.need_suffix = info.need_suffix and need_suffix
            info.cased = info.cased and cased
        if payload not in info.payloads:
            info.payloads.append(payload)

    def find_all(self, text: str, folded: str | None = None, *, past_marks: bool = True) -> list[Hit]:
        """Every acceptable hit, overlapping ones included. With `past_marks`, vowel marks and
        tatweel in the text ("وقّع", "الـرئيس") are also read past: the hits found in the text
        without them follow those found as written, their offsets pointing into `text`."""
        if not self.size:
            return []
        folded = fold(text) if folded is None else folded
        hits = self._find_all(text, folded)
        if not past_marks:
            return hits
        bare, at = without_vowel_marks(folded)
        if at is None:
            return hits
        plain = "".join(text[i] for i in at[:-1])
        seen = {(h.start, h.end, h.key_end, id(h.payloads)) for h in hits}     # payloads may not hash
        return hits + [h for h in (Hit(at[h.start], at[h.end], at[h.key_end], h.payloads)
                                   for h in self._find_all(plain, bare))
                       if (h.start, h.end, h.key_end, id(h.payloads)) not in seen]

    def _find_all(self, text: str, folded: str) -> list[Hit]:
        n = len(folded)
        hits: list[Hit] = []
        tails = self._tails
        accepts = self.morph.accepts
        tail_re = _WORD_TAIL.match
        new_hit = tuple.__new__      # Hit(...) without the named tuple's Python-level __new__
        prefixed = bool(self.morph.prefixes)
        for count, (last, (back, need_suffix, cased, payloads, unspaced_first, unspaced_last, kana_first,
                           kana_last, single)) in enumerate(self._automaton.iter(folded)):
            if not count & CHECK_EVERY:
                check_deadline()
            start = last - back
            # Inlined `is_word_char`: this loop runs for every raw automaton hit.
            if start > 0:
                prev = folded[start - 1]
                if (prev.isalnum() or "\u0300" <= prev <= "\u09e3" and (prev == "\u0301" or is_mark(prev))) \
                        and (folded[start].isalnum() or folded[start] == "\u0301" or is_mark(folded[start])):
                    # Inside a run of a script without spaces, a key may start anywhere;
                    # after clitic prefixes (Arabic, Hebrew) too.
                    if prev < "\u3005" or not (unspaced_first or is_unspaced(prev)) or single \
                            or (kana_first and is_katakana(prev)):
                        if not prefixed or not self._after_prefixes(folded, start):
                            continue
            # A cased phrase is not matched where the text writes it in lower case; a
            # script without capitals ("وزير") has neither.
            if cased and lower_case(text[start]):
                continue
            key_end = last + 1
            end = key_end
            if key_end < n:
                tail_char = folded[last]
                nxt = folded[key_end]
                if unspaced_last or nxt >= "\u3005" and is_unspaced(nxt):
                    if single and nxt.isalnum() or kana_last and is_katakana(nxt):
                        continue
                elif (tail_char.isalnum() or "\u0300" <= tail_char <= "\u09e3" and is_mark(tail_char)) \
                        and (nxt.isalnum() or nxt == "'" or "\u0300" <= nxt <= "\u09e3"):
                    # (Only a letter, a digit, a mark or an apostrophe can start a tail: a space ends the key.)
                    end = tail_re(folded, key_end).end()    # type: ignore[union-attr]
            if end == key_end:
                if need_suffix:
                    continue
            else:
                rest = folded[key_end:end]
                memo = tails[need_suffix]
                ok = memo.get(rest)
                if ok is None:
                    if len(memo) >= TAILS_MEMO_SIZE:
                        memo.clear()    # word tails come from the documents: bound the memo
                    ok = memo[rest] = accepts(rest, need_suffix=need_suffix)
                if not ok:
                    continue
            hits.append(new_hit(Hit, (start, end, key_end, payloads)))
        return hits

    def _after_prefixes(self, folded: str, start: int) -> bool:
        """Whether the word's letters before `start` are clitic prefixes ("و" + "ال" + key)."""
        head = start
        while head > 0 and folded[head - 1].isalnum():
            head -= 1
            if start - head > 4:
                return False
        return self.morph.after_prefixes(folded[head:start])

    def find(self, text: str, folded: str | None = None) -> list[Hit]:
        """Longest non-overlapping hits, left to right."""
        taken = bytearray(len(text) + 1)
        chosen: list[Hit] = []
        for hit in sorted(self.find_all(text, folded), key=lambda h: (-h.length, h.start)):
            if taken.find(1, hit.start, hit.end) >= 0:
                continue
            taken[hit.start:hit.end] = b"\x01" * hit.length
            chosen.append(hit)
        return sorted(chosen, key=lambda h: h.start)
