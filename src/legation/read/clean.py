"""The `clean` stage: drop boilerplate lines, keep the body and its headline.

Each line of the input is classified from its shape (length, final
punctuation, digits, list separators, a colon-ended label), its stop-word
density (jusText's stop lists, one per language) and phrase data in
`resources/<lang>/boilerplate.toml` (share, subscribe, copyright, contact,
disclaimer, "trending" phrases). Lines get a weight, positive for prose and
negative for boilerplate, and the body is the contiguous run of lines with
the largest total (boilerplate inside that run is dropped too).

The headline, when the input has one, is the last headline-shaped line
before the body with only boilerplate between them. It becomes
`source.title` (unless the caller or the page metadata gave one) and stays
in the text as its first paragraph: `text` always starts at the headline
when there is one, otherwise at the first body sentence. A dateline
("BERLIN –", "МОСКВА, 15 ноября.") is part of the first body line and stays.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from .. import resources
from ..deadline import check as check_deadline
from ..document import Document, Removed
from ..errors import InputError
from ..pipeline import stage
from ..settings import Settings
from ..text.fold import MARKS_CLASS, fold

# Characters that end a sentence, and what may follow the final one (quotes, brackets).
_FINAL = ".!?…。！？؟։।"      # ։ the Armenian full stop, । the Devanagari danda
_CLOSERS = "\"'»”’)]›“"
# Separators of menus, breadcrumbs, share rows and date/view-count lines.
# (A run of them standing as a word, or "»" between spaces; written to open with a character class,
# which the regex engine scans for in C: the pattern that opened with "(?:^|\s)" was tried at every
# position, about 40 times slower.)
_SEPARATORS = re.compile(r"[|·•›/\\>»](?:(?<=[|·•›/\\>])(?<!\S.)[|·•›/\\>]*(?!\S)|(?<=\s»)(?=\s))")
_WORD_EDGE = "'\"«»“”„‘’()[]{}.,;:!?…-–—*•·|/"

_STRONG = -2000.0        # a line that no body spans across
_SHORT_WORDS = 3         # lines this short are labels, tags or buttons unless they are sentences
_LABEL_WORDS = 8         # a line this short may be a menu, share row or label
_TITLE_WORDS = (3, 30)   # a headline has this many words
_TITLE_LOOKBACK = 8      # how many lines above the body a headline may sit
_MIN_DENSITY = 0.15      # stop-word share of a prose line


class _PhraseSet:
    """Whole-word occurrences of many folded phrases, found in one Aho-Corasick pass."""

    def __init__(self, phrases: list[str]) -> None:
        import ahocorasick

        self._automaton = ahocorasick.Automaton()
        for phrase in {fold(p) for p in phrases if p.strip()}:
            self._automaton.add_word(phrase, len(phrase))
        self._empty = not phrases
        if not self._empty:
            self._automaton.make_automaton()

    def spans(self, folded: str) -> list[tuple[int, int]]:
        """(start, end) of each phrase in `folded` that stands as whole words."""
        if self._empty:
            return []
        out = []
        for end, length in self._automaton.iter(folded):
            start, stop = end + 1 - length, end + 1
            # A phrase's own edge may be punctuation ("©", "tags:"); only letters must not continue it.
            if (start > 0 and folded[start - 1].isalnum() and folded[start].isalnum()) or \
                    (stop < len(folded) and folded[stop].isalnum() and folded[stop - 1].isalnum()):
                continue
            out.append((start, stop))
        return out


@dataclass(frozen=True)
class _Phrases:
    strong: _PhraseSet
    label: _PhraseSet
    prefix: tuple[str, ...]
    byline: tuple[str, ...]


@dataclass
class _Line:
    index: int            # position among all lines, blank ones included
    text: str             # stripped
    words: int
    weight: float
    boilerplate: bool     # dropped wherever it stands
    title_like: bool


@cache
def _phrases(lang: str) -> _Phrases:
    """Boilerplate phrases for `lang`, with the English and the language-neutral ones."""
    data: dict[str, list[str]] = {"strong": [], "label": [], "prefix": [], "byline": []}
    for source in dict.fromkeys((lang, "en", "_all")):
        for key, values in resources.load(source, "boilerplate").items():
            data.setdefault(key, []).extend(values)
    return _Phrases(
        strong=_PhraseSet(data["strong"]), label=_PhraseSet(data["label"]),
        prefix=tuple(fold(p) for p in data["prefix"]),
        byline=tuple(fold(p) for p in data["byline"]),
    )


@cache
def stop_words(lang: str) -> frozenset[str]:
    """The jusText stop list of `lang` (folded, punctuation stripped), empty when there is none."""
    name = resources.load("_all", "stoplists").get(lang)
    spec = importlib.util.find_spec("justext")
    if not name or spec is None or not spec.submodule_search_locations:
        return frozenset()
    # Read the file directly: importing justext pulls in lxml's HTML cleaner, which we do not need.
    path = Path(next(iter(spec.submodule_search_locations))) / "stoplists" / f"{name}.txt"
    if not path.is_file():
        return frozenset()
    words = (fold(w).strip(_WORD_EDGE) for w in path.read_text(encoding="utf-8").split())
    return frozenset(w for w in words if w)


class _StopMemo(dict[str, bool]):
    """Whether a folded token, its edge punctuation stripped, is a stop word: worked out once per
    token (words come back line after line), then one dictionary look-up in C."""

    def __init__(self, stops: frozenset[str]) -> None:
        super().__init__()
        self.stops = stops

    def __missing__(self, token: str) -> bool:
        if len(self) >= _STOP_MEMO_SIZE:
            self.clear()          # tokens come from the documents: bound the memo
        found = self[token] = token.strip(_WORD_EDGE) in self.stops
        return found


_STOP_MEMO_SIZE = 100_000


@cache
def _stop_memo(lang: str) -> _StopMemo:
    return _StopMemo(stop_words(lang))


def _ends_sentence(line: str) -> bool:
    tail = line.rstrip(_CLOSERS + " ")
    return bool(tail) and tail[-1] in _FINAL


# Runs of letters, and of combining marks, which are part of their letter (Devanagari vowel
# signs are no `\w`): two plain classes, much faster than one class with an exception.
_LETTER_RUNS = re.compile(rf"[^\W\d_]+|[{MARKS_CLASS}]+")
_CJK = re.compile(r"[\u3040-\u9fff\uac00-\ud7af]")


def _letters(line: str) -> int:
    # Word by word, as lang.identify counts: a word of letters alone (str.isalpha) is all
    # letters; the regex reads only the rest. Whitespace is neither a letter nor a mark.
    count = 0
    for word in line.split():
        count += len(word) if word.isalpha() else sum(map(len, _LETTER_RUNS.findall(word)))
    return count


def _classify(index: int, line: str, lang: str) -> _Line:
    """Weigh one stripped, non-empty line: > 0 prose, < 0 boilerplate."""
    return _Line(index, line, *_weigh(line, lang))


# Lines weighed remembered: a site's menus, share rows and footers come back in article after article.
_WEIGHED_MEMO = 8192


@lru_cache(maxsize=_WEIGHED_MEMO)
def _weigh(line: str, lang: str) -> tuple[int, float, bool, bool]:
    """(words, weight, boilerplate, title_like) of a line, as `_Line` holds them."""
    folded = fold(line)
    tokens = line.split()
    words = len(tokens)
    if words < 4 and len(line) > 8 and _CJK.search(line):
        words = max(words, len(_CJK.findall(line)) // 2)     # no spaces between CJK words
    letters = _letters(line)
    phrases = _phrases(lang)
    sentence = _ends_sentence(line)

    def make(weight: float, boilerplate: bool, title_like: bool = False) -> tuple[int, float, bool, bool]:
        return words, weight, boilerplate, title_like

    if phrases.strong.spans(folded):
        return make(_STRONG, True)
    separated = bool(_SEPARATORS.search(line))
    # A Han, kana or Hangul letter carries about what two letters of a spaced script do
    # ("双边贸易额达到100.0百万美元" is prose, "2024年3月1日 10:30" a date line).
    half = 0.5 * len(line.replace(" ", ""))
    if letters < half and letters + len(_CJK.findall(line)) < half:
        return make(-50.0 - len(line), True)          # dates, times, view counts, prices
    if not sentence and words <= 25:
        if folded.startswith(phrases.prefix):
            return make(-50.0 - len(line), True)
        if words <= 10 and _is_byline(tokens, folded, phrases.byline):
            return make(-50.0 - len(line), True)
    if words <= _LABEL_WORDS:
        covered = sum(e - s for s, e in phrases.label.spans(folded))
        if covered and (separated or covered >= 0.5 * max(letters, 1) or line.endswith(":")):
            return make(_STRONG if separated or line.endswith(":") else -100.0, True)
    if separated and not sentence:
        return make(-50.0 - len(line), True)           # breadcrumbs, menus, category | date
    if line.endswith(":") and words <= 4:
        return make(-50.0, True)                       # a label such as "Share:"
    stops = stop_words(lang)
    density = (sum(map(_stop_memo(lang).__getitem__, folded.split())) / len(tokens)
               if stops and tokens else 0.3)
    title_like = _TITLE_WORDS[0] <= words <= _TITLE_WORDS[1] and not separated
    if sentence and words > _SHORT_WORDS and density >= _MIN_DENSITY:
        return make(float(len(line)), False, title_like)
    if words >= 15 and density >= _MIN_DENSITY:
        return make(0.7 * len(line), False, title_like)   # a paragraph that lost its final stop
    if sentence and words > 1:
        return make(0.3 * len(line), False, title_like)
    if words <= _SHORT_WORDS:
        return make(-20.0, False)                     # a tag, a lone word: dropped unless inside the body
    return make(-10.0, False, title_like)             # a headline or a subheading


def _is_byline(tokens: list[str], folded: str, bylines: tuple[str, ...]) -> bool:
    for prefix in bylines:
        if folded.startswith(prefix) and (len(folded) == len(prefix) or not folded[len(prefix)].isalnum()):
            rest = [t for t in tokens[len(prefix.split()):] if t[:1].isalpha()]
            return bool(rest) and rest[0][:1].isupper()
    return False


def _best_run(lines: list[_Line]) -> tuple[int, int] | None:
    """Indices (into `lines`) of the first and last line of the heaviest contiguous run."""
    best, best_span = 0.0, None
    total, start = 0.0, 0
    for i, ln in enumerate(lines):
        if total <= 0:
            total, start = 0.0, i
        total += ln.weight
        if total > best:
            best, best_span = total, (start, i)
    return best_span


def _title(lines: list[_Line], first: int) -> int | None:
    """Index of the headline above `lines[first]`, if only boilerplate lies between."""
    for i in range(first - 1, max(first - 1 - _TITLE_LOOKBACK, -1), -1):
        ln = lines[i]
        if ln.title_like and not ln.boilerplate:
            return i
        if not ln.boilerplate and ln.words > _SHORT_WORDS:
            return None
    return None


def clean_text(raw: str, lang: str) -> tuple[str | None, str, list[str]]:
    """Split `raw` into (headline or None, cleaned body text, removed lines)."""
    lines: list[_Line] = []
    for i, written in enumerate(raw.splitlines()):
        check_deadline()
        if stripped := written.strip():
            lines.append(_classify(i, stripped, lang))
    if not lines:
        return None, "", []
    span = _best_run(lines)
    if span is None:
        kept_idx = [i for i, ln in enumerate(lines) if not ln.boilerplate]
        span = (kept_idx[0], kept_idx[-1]) if kept_idx else (0, -1)
    first, last = span
    keep = {i for i in range(first, last + 1) if not lines[i].boilerplate}
    title_at = _title(lines, first) if keep else None
    if title_at is not None:
        keep.add(title_at)
    title_line = lines[title_at] if title_at is not None else None
    parts: list[str] = []
    prev: _Line | None = None
    for i in sorted(keep):
        ln = lines[i]
        if prev is not None:
            # Lines that followed each other stay one paragraph; the headline stands apart.
            same_paragraph = ln.index == prev.index + 1 and prev is not title_line
            parts.append("\n" if same_paragraph else "\n\n")
        parts.append(ln.text)
        prev = ln
    removed = [ln.text for i, ln in enumerate(lines) if i not in keep]
    title = lines[title_at].text if title_at is not None else None
    return title, "".join(parts), removed


@stage("clean", requires=("raw",), assigns=("text", "removed"))
def clean(doc: Document, settings: Settings) -> Document:
    """Set `doc.text` to the article body (headline first) and list the dropped lines.

    The default pipeline runs `language` first; run alone, the stage identifies the
    language itself for its stop words (without setting `doc.lang`).
    """
    lang = doc.lang
    if lang is None:
        from ..lang.identify import identify_text

        lang = identify_text(doc.raw, allowed=settings.languages).code
    title, text, removed = clean_text(doc.raw, lang or settings.default_lang or "en")
    doc.text = text
    doc.removed = [Removed(line, "boilerplate") for line in removed]
    if title and doc.source.title is None:
        doc.source.title = title
    if len(doc.text) < settings.min_chars:
        raise InputError(doc.source.path or doc.source.url or "<input>",
                         f"too short to be an article ({len(doc.text)} characters after removing boilerplate)")
    return doc
