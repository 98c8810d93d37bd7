"""Personal names across scripts and spellings: a Latin display form and an identity key.

`romanise` gives the name an official is shown under: Cyrillic through the
language's `[letters]`/`[pairs]` tables, Latin letters of a Turkic alphabet
through its `[romanise]` table (`resources/<lang>/translit.toml`), in the
English-style spelling reports in English use. `name_key` is what two
spellings of one person share ("Farrukh", the romanised Azerbaijani form of
the same name, and a Russian report's transliteration): ASCII-folded, lower
case, with common romanisation variants folded by the ordered rules of
`resources/_all/name_variants.toml`. The evaluation and the store both
compare names through it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from anyascii import anyascii

from .. import resources
from .fold import fold, without_capitals

# The table used for Cyrillic when the document's language has none of its own.
_CYRILLIC_FALLBACK = "ru"
_APOSTROPHES = "'’ʼ"


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def _is_other_script(ch: str) -> bool:
    """A letter neither Latin nor Cyrillic (Arabic, Hebrew, Han, Georgian ...)."""
    return ch.isalpha() and ch > "\u036f" and not _is_cyrillic(ch) and not "\u1e00" <= ch <= "\u1eff"


# A run of letters in another script, with the marks and joiners inside it.
_OTHER_RUN = re.compile(r"[^\s\u0000-\u036f\u0400-\u04ff\u1e00-\u1eff]+")
_MARKS = re.compile(r"[`'\"]+")


_DEVANAGARI = re.compile("[\u0900-\u097f]")
_NOT_ASCII_LETTER = re.compile("[^a-z]+")       # anyascii writes ASCII: its letters, lower-cased, are a-z

# Devanagari: consonants, the signs that follow one (vowel signs, virama, nukta), the nasal signs,
# and the consonants before which the anusvara is an m (the labials).
_DEVANAGARI_CONSONANT = re.compile("[\u0915-\u0939\u0958-\u095f]\u093c?")
_DEVANAGARI_SIGN = frozenset(chr(c) for c in range(0x093e, 0x094e))
_NASAL_SIGNS = "\u0901\u0902"
_LABIALS = frozenset("\u092a\u092b\u092c\u092d\u092e")
_SEMIVOWELS = frozenset("\u092f\u0930\u0935")
_INHERENT = "\u0905"       # the letter a, written where a consonant carries its inherent vowel


def _devanagari(word: str) -> str:
    """A Devanagari word with its inherent vowels and nasals written out, so anyascii spells it as
    names are spelled in Latin letters: "नरेंद्र" -> Narendra, not "Nremdr".

    The anusvara is n, or m before p, ph, b, bh, m; a consonant with no vowel sign nor virama
    carries an a, but for the schwa Hindi drops at the end of a word and between a vowel and a
    consonant that has one (VC_CV: "जयशंकर" Jayshankar)."""
    units: list[list[str]] = []          # [consonant, vowel sign or "" or inherent]
    out: list[str] = []
    i = 0
    while i < len(word):
        ch = word[i]
        if ch in _NASAL_SIGNS:
            nxt = word[i + 1] if i + 1 < len(word) else ""
            out.append("\u092e\u094d" if nxt in _LABIALS else "\u0928\u094d")
            units.append([])
            i += 1
            continue
        m = _DEVANAGARI_CONSONANT.match(word, i)
        if m is None:
            out.append(ch)
            units.append([])
            i += 1
            continue
        i = m.end()
        sign = word[i] if i < len(word) and word[i] in _DEVANAGARI_SIGN else ""
        i += len(sign)
        out.append(m.group() + sign)
        units.append([m.group(), sign or _INHERENT])
    # Schwa deletion, right to left: last consonant, and VC_CV.
    voiced = [bool(u) and u[1] != "\u094d" for u in units]
    last = max((k for k, u in enumerate(units) if u), default=-1)
    for k in range(len(units) - 1, -1, -1):
        if not units[k] or units[k][1] != _INHERENT:
            continue
        if k == last and k > 0:
            # "नरेंद्र", "मित्र": after a cluster ending in r, y or v the a stays (Narendra).
            voiced[k] = bool(units[k - 1]) and units[k - 1][1] == "\u094d" and units[k][0] in _SEMIVOWELS
        elif 0 < k < last and voiced[k - 1] and k + 1 < len(units) and voiced[k + 1] and k + 1 != last:
            voiced[k] = False
    return "".join(piece + (_INHERENT if units[k] and units[k][1] == _INHERENT and voiced[k] else "")
                   for k, piece in enumerate(out))


# Devanagari letters anyascii spells as Sanskrit is transliterated, not as names are spelled.
_DEVANAGARI_LETTERS = str.maketrans({"\u0936": "sh", "\u0937": "sh"})


def ascii_spelling(text: str) -> str:
    """`text` in ASCII letters (anyascii), Devanagari with its inherent vowels written out."""
    if _DEVANAGARI.search(text):
        text = unicodedata.normalize("NFD", text)      # a nukta letter as its consonant and the nukta
        text = " ".join(_devanagari(w) for w in text.split(" ")).translate(_DEVANAGARI_LETTERS)
        text = text.replace("\u091c\u093c", "z").replace("\u092b\u093c", "f")
    return anyascii(text)


def _latin_spelling(run: str) -> str:
    """A run of another script in Latin letters (anyascii), each word capitalised."""
    words = _MARKS.sub("", ascii_spelling(run)).split()
    return " ".join(w[:1].upper() + w[1:] for w in words if w)


@cache
def _cyrillic(lang: str) -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str]]:
    """Letters, letter pairs, letters spelled otherwise at the start of a word, and letter pairs
    spelled otherwise at its end (Russian "-ый", "-ий": "Navalny", "Dmitry", as the news spell them)."""
    data = resources.load(lang, "translit")
    if "letters" not in data:
        data = resources.load(_CYRILLIC_FALLBACK, "translit")
    return (dict(data.get("letters", {})), dict(data.get("pairs", {})), dict(data.get("initial", {})),
            dict(data.get("final", {})))


@cache
def _own_letters(lang: str) -> frozenset[str]:
    """Letters of another script the language's own `[letters]` table romanises (Greek), beside Cyrillic."""
    return frozenset(k for k in resources.load(lang, "translit").get("letters", {}) if not _is_cyrillic(k))


@cache
def _latin(lang: str) -> tuple[dict[str, str], frozenset[str]]:
    """The language's Latin letters to romanise, and the letters that mark its own spelling."""
    table = dict(resources.load(lang, "translit").get("romanise", {}))
    markers = table.pop("markers", "")
    return table, frozenset(markers)


@cache
def _latin_extra() -> dict[str, str]:
    """Latin letters with no decomposition (ə, ı, ø ...), from every language's translit.toml."""
    table: dict[str, str] = {}
    for data in resources.load_all("translit").values():
        table.update(data.get("latin", {}))
    return table


@cache
def _variant_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    data = resources.load("_all", "name_variants")
    return tuple((re.compile(pattern), repl) for pattern, repl in data.get("fold", []))


def _lower(ch: str) -> str:
    low = ch.lower()
    # "İ".lower() is two characters; fold() keeps one.
    return low if len(low) == 1 else fold(ch)


@lru_cache(maxsize=65536)   # names come from the documents: bounded; the same officials recur
def romanise(name: str, lang: str) -> str:
    """`name` in Latin letters, spelled the English way where the language's data says how.

    Cyrillic, and the letters of another script the language's `[letters]`
    table lists (Greek), go through the language's table (Russian's when it has none);
    letters of other scripts (Arabic, Hebrew, Han ...) are transliterated by anyascii;
    Latin letters through its `[romanise]` table when it has one and the name
    holds one of the language's own letters ("Qəhrəman" in Azerbaijani gives
    "Gahraman"; "Pieter Claes" is kept). Other letters are kept.
    """
    own = _own_letters(lang)
    if any(_is_other_script(ch) and _lower(ch) not in own for ch in name):
        # Scripts without a table of their own go through anyascii ("لافروف" -> "Lfrwf").
        name = _OTHER_RUN.sub(lambda m: _latin_spelling(m.group())
                              if any(_is_other_script(c) and _lower(c) not in own for c in m.group())
                              else m.group(), name)
    cyrillic = any(_is_cyrillic(ch) or _lower(ch) in own for ch in name)
    latin, markers = _latin(lang)
    # A foreign name the text keeps in its own spelling has none of the language's letters.
    if not any(_lower(ch) in markers for ch in name):
        latin = {}
    if not cyrillic and not latin:
        return name
    letters, pairs, initial, final = _cyrillic(lang) if cyrillic else ({}, {}, {}, {})
    out: list[str] = []
    i = 0
    while i < len(name):
        ch = name[i]
        low = _lower(ch)
        step = 1
        if _is_cyrillic(ch) or low in own:
            pair = low + _lower(name[i + 1]) if i + 1 < len(name) else ""
            if pair in final and (i + 2 == len(name) or not name[i + 2].isalpha()):
                piece, step = final[pair], 2
            elif pair in pairs:
                piece, step = pairs[pair], 2
            elif low in initial and (i == 0 or not (name[i - 1].isalpha() or name[i - 1] in _APOSTROPHES)):
                # Ukrainian "Ян" is "Yan", not "Ian" as inside a word ("Маріяна", "Мар'яна").
                piece = initial[low]
            else:
                piece = letters.get(low, low)
        else:
            # The apostrophe of a Cyrillic name ("Мар'ян") goes by the Cyrillic table too.
            piece = letters[ch] if ch in _APOSTROPHES and ch in letters else latin.get(low)
            if piece is None:
                out.append(ch)
                i += 1
                continue
        if piece and (ch.isupper() or without_capitals(ch) and (i == 0 or not name[i - 1].isalpha())):
            # A name in a script whose capitals are not used (Georgian) starts each word with one.
            piece = piece[0].upper() + piece[1:]
        out.append(piece)
        i += step
    return "".join(out)


def name_key(name: str, lang: str | None = None) -> str:
    """A spelling-blind identity key: romanised, folded, without diacritics or punctuation.

    Args:
        name: a personal name in any script.
        lang: the language of the text the name was written in (its tables apply first);
            None when unknown (Cyrillic then goes through the Russian table).
    """
    # Every step after romanising works within a word: each word's key is remembered.
    return " ".join(filter(None, map(_word_key, romanise(name, lang or _CYRILLIC_FALLBACK).split())))


@lru_cache(maxsize=65536)
def _word_key(word: str) -> str:
    """The key of one romanised word (words joined by a hyphen or an apostrophe give several)."""
    text = fold(word)
    extra = _latin_extra()
    text = "".join(extra.get(ch, ch) for ch in text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch if ch.isalnum() else " " for ch in text if not unicodedata.combining(ch))
    words = []
    for part in text.split():
        for pattern, repl in _variant_rules():
            part = pattern.sub(repl, part)
        words.append(part)
    return " ".join(words)


# A rule that replaces single letters whatever surrounds them ("[cjzx]" -> "s", "d" -> "t"),
# by one letter or none.
_LETTER_RULE = re.compile(r"\[([a-z]+)\]|([a-z])")
_LETTER_REPL = re.compile(r"[a-z]?")


@cache
def _skeleton_rules() -> tuple[tuple[re.Pattern[str], str] | dict[int, str | None], ...]:
    """The `skeleton` rules in order, each run of letter-for-letter rules as one translation table:
    such rules act on each letter alone, so one table that composes them gives what they give
    one after the other, in one pass instead of a regex substitution each."""
    data = resources.load("_all", "name_variants")
    steps: list[tuple[re.Pattern[str], str] | dict[int, str | None]] = []
    table: dict[str, str] | None = None
    for pattern, repl in data.get("skeleton", []):
        letters = _LETTER_RULE.fullmatch(pattern)
        if letters is None or not _LETTER_REPL.fullmatch(repl):
            if table is not None:
                steps.append({ord(k): v or None for k, v in table.items()})
                table = None
            steps.append((re.compile(pattern), repl))
            continue
        chars = letters.group(1) or letters.group(2)
        table = {} if table is None else table
        for k, v in table.items():       # letters an earlier rule gave, which this rule replaces
            if v and v in chars:
                table[k] = repl
        for ch in chars:
            table.setdefault(ch, repl)
    if table is not None:
        steps.append({ord(k): v or None for k, v in table.items()})
    return tuple(steps)


@cache
def _skeleton_letters() -> tuple[tuple[str, str], ...]:
    data = resources.load("_all", "name_variants")
    return tuple((letter, spelled) for letter, spelled in data.get("skeleton_letters", []))


@cache
def _unwritten_letters() -> frozenset[str]:
    return frozenset(resources.load("_all", "name_variants").get("unwritten", []))


def without_unwritten(word: str) -> str:
    """`word` without the letters some scripts leave unwritten (`name_variants.toml` `unwritten`)."""
    letters = _unwritten_letters()
    return "".join(ch for ch in word if ch not in letters) if letters else word


@lru_cache(maxsize=65536)   # the same names and words recur across documents
def skeleton(name: str) -> str:
    """The consonant skeleton two scripts' spellings of a name share.

    "Lavrov", "لافروف" and "拉夫罗夫" all give the same short string: the name in ASCII
    (anyascii), lower case, reduced by the rules of `_all/name_variants.toml` `skeleton`
    (vowels and the letters scripts disagree on dropped, near sounds merged). It says
    whether a name as written can be a given office holder's, never who someone is alone.
    """
    for letter, spelled in _skeleton_letters():
        name = name.replace(letter, spelled)
    text = _NOT_ASCII_LETTER.sub("", ascii_spelling(name).lower())
    for step in _skeleton_rules():
        if isinstance(step, dict):
            text = text.translate(step)
        else:
            text = step[0].sub(step[1], text)
    return text
