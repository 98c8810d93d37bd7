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
from .fold import fold

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


def _latin_spelling(run: str) -> str:
    """A run of another script in Latin letters (anyascii), each word capitalised."""
    words = _MARKS.sub("", anyascii(run)).split()
    return " ".join(w[:1].upper() + w[1:] for w in words if w)


@cache
def _cyrillic(lang: str) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Letters, letter pairs, and letters spelled otherwise at the start of a word."""
    data = resources.load(lang, "translit")
    if "letters" not in data:
        data = resources.load(_CYRILLIC_FALLBACK, "translit")
    return dict(data.get("letters", {})), dict(data.get("pairs", {})), dict(data.get("initial", {}))


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


def romanise(name: str, lang: str) -> str:
    """`name` in Latin letters, spelled the English way where the language's data says how.

    Letters of other scripts (Arabic, Hebrew, Han ...) are transliterated by anyascii. Cyrillic goes through the language's table (Russian's when it has none);
    Latin letters through its `[romanise]` table when it has one and the name
    holds one of the language's own letters ("Qəhrəman" in Azerbaijani gives
    "Gahraman"; "Pieter Claes" is kept). Other letters are kept.
    """
    if any(_is_other_script(ch) for ch in name):
        # Scripts without a table of their own go through anyascii ("لافروف" -> "Lfrwf").
        name = _OTHER_RUN.sub(lambda m: _latin_spelling(m.group()) if any(map(_is_other_script, m.group()))
                              else m.group(), name)
    cyrillic = any(_is_cyrillic(ch) for ch in name)
    latin, markers = _latin(lang)
    # A foreign name the text keeps in its own spelling has none of the language's letters.
    if not any(_lower(ch) in markers for ch in name):
        latin = {}
    if not cyrillic and not latin:
        return name
    letters, pairs, initial = _cyrillic(lang) if cyrillic else ({}, {}, {})
    out: list[str] = []
    i = 0
    while i < len(name):
        ch = name[i]
        low = _lower(ch)
        step = 1
        if _is_cyrillic(ch):
            pair = low + _lower(name[i + 1]) if i + 1 < len(name) else ""
            if pair in pairs:
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
        if ch.isupper() and piece:
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


@cache
def _skeleton_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    data = resources.load("_all", "name_variants")
    return tuple((re.compile(pattern), repl) for pattern, repl in data.get("skeleton", []))


def skeleton(name: str) -> str:
    """The consonant skeleton two scripts' spellings of a name share.

    "Lavrov", "لافروف" and "拉夫罗夫" all give the same short string: the name in ASCII
    (anyascii), lower case, reduced by the rules of `_all/name_variants.toml` `skeleton`
    (vowels and the letters scripts disagree on dropped, near sounds merged). It says
    whether a name as written can be a given office holder's, never who someone is alone.
    """
    text = anyascii(name).lower()
    text = "".join(ch for ch in text if ch.isalpha())
    for pattern, repl in _skeleton_rules():
        text = pattern.sub(repl, text)
    return text
