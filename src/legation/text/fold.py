"""Length-preserving case folding, so offsets into folded text are offsets into the text.

Dotted and dotless i (Turkic) all fold to plain `i`, typographic apostrophes to
`'`, and `ё` to `е`; every character maps to exactly one character.

Every Unicode decimal digit (Arabic-Indic ٠-٩, Persian ۰-۹, Devanagari, fullwidth ０-９, ...)
folds to its ASCII digit, so the number and date readers, which read folded text, read
them all as digits; offsets are unchanged, and the text as written keeps its own digits.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_TABLE = str.maketrans({
    "\u0130": "i", "I": "i", "\u0131": "i",      # İ I ı
    "\u2019": "'", "\u02bc": "'", "\u2018": "'", "`": "'", "\u00b4": "'",
    "\u02bb": "'",                                # ʻ, the Uzbek oʻ and gʻ
    "\u05f3": "'", "\u05f4": '"',                 # Hebrew geresh and gershayim, as typed ("ארה\"ב")
    "\u0401": "\u0435", "\u0451": "\u0435",        # Ё ё -> е
    "\u00a0": " ", "\u202f": " ", "\u2009": " ",
    "\u1e9e": "\u00df",                            # capital sharp s
})

# Every decimal digit outside ASCII (category Nd, which is what `\d` matches), by its value;
# all of them lie below U+20000.
_DIGITS = {ord(ch): str(unicodedata.decimal(ch))
           for ch in re.findall(r"\d", "".join(map(chr, range(0x80, 0x20000))))}
_TABLE.update(_DIGITS)
_OTHER_DIGIT = re.compile(r"[^\D0-9]")         # a digit that is not ASCII


# The same mapping as pairs: a few `str.replace` calls are much faster than
# `str.translate` with a dict on long texts, and most texts hold few of them.
_PAIRS = tuple((chr(k), v) for k, v in _TABLE.items() if chr(k) != "I" and k not in _DIGITS)
# Any of their characters: one scan tells whether a text needs any of the replacements.
_PAIR_CHARS = re.compile("[" + "".join(re.escape(src) for src, _ in _PAIRS) + "]")


# Greek lower-case vowels with tonos or dialytika, and the same vowels without (one pass, only
# when the text holds one).
_GREEK_ACCENTED = re.compile("[\u0390\u03ac-\u03af\u03b0\u03ca-\u03ce]")
_GREEK_PLAIN = str.maketrans("\u0390\u03ac\u03ad\u03ae\u03af\u03b0\u03ca\u03cb\u03cc\u03cd\u03ce",
                             "\u03b9\u03b1\u03b5\u03b7\u03b9\u03c5\u03b9\u03c5\u03bf\u03c5\u03c9")


# A character from which the two rarer steps below start: the Greek block (accented vowels,
# upper or lower case) and every script whose digits are not ASCII (all from U+0660 up).
_GREEK_OR_DIGITS = re.compile("[\u0370-\u03ff\u0660-\U0010ffff]")
_ASCII_PAIRS = tuple((src, dst) for src, dst in _PAIRS if src.isascii())


def fold(text: str) -> str:
    """Lower-case `text` for matching without changing its length."""
    if text.isascii():         # the common case, in one pass: no digits, Greek or long lower case
        for src, dst in _ASCII_PAIRS:
            if src in text:
                text = text.replace(src, dst)
        return text.lower()
    folded = text
    if _PAIR_CHARS.search(text) is not None:
        for src, dst in _PAIRS:
            if src in folded:
                folded = folded.replace(src, dst)
    if _GREEK_OR_DIGITS.search(folded) is None:
        out = folded.lower()
    else:
        if _OTHER_DIGIT.search(folded):
            folded = folded.translate(_DIGITS)
        out = folded.lower()
        if _GREEK_ACCENTED.search(out):
            out = out.translate(_GREEK_PLAIN)
    if len(out) == len(text):
        return out
    # A few characters lower-case to two; fold those one by one.
    return "".join(c if len(c := ch.lower()) == 1 else ch for ch in text.translate(_TABLE))


def without_capitals(ch: str) -> bool:
    """A letter of a script written without capitals although Unicode gives it a case:
    Georgian Mkhedruli (its capitals, Mtavruli, are not used in running text). A name in
    it is written like any other word."""
    return "\u10d0" <= ch <= "\u10ff"


@cache
def lower_case(ch: str) -> bool:
    """A lower-case letter of a script that writes capitals: a word it starts is no proper noun.
    Georgian Mkhedruli is lower case to Unicode but written without capitals (`without_capitals`):
    any word of it may be a name or start a sentence. Remembered per letter: the city pass asks it
    of every word's first letter (a cached call costs about what the comparisons inline did)."""
    return ch.islower() and not without_capitals(ch)


# Combining marks inside words: accents written apart (U+0300-036F), the vowel signs, virama
# and nukta of Devanagari and Bengali (भारतीय: matras are no letters to `str.isalnum` or `\w`),
# Arabic harakat, Hebrew points. A word runs on through them.
MARKS_CLASS = ("\u0300-\u036f\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a"
               "\u064b-\u065f\u0670\u0900-\u0903\u093a-\u093c\u093e-\u094f\u0951-\u0957\u0962\u0963"
               "\u0981-\u0983\u09bc\u09be-\u09cd\u09d7\u09e2\u09e3")
_MARK = re.compile(f"[{MARKS_CLASS}]")


def is_mark(ch: str) -> bool:
    """Whether `ch` is a combining mark that belongs to the word around it (a matra, a virama)."""
    return "\u0300" <= ch <= "\u09e3" and _MARK.match(ch) is not None


def is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "\u0301" or is_mark(ch)


# Scripts written without spaces between words: Han (with the iteration mark 々), hiragana
# and katakana (with the long-vowel mark and half-width forms). A name or cue in these is
# found inside a run of characters, not between spaces. Hangul is written with spaces.
UNSPACED_CLASS = "\u3005\u3007\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"


def is_unspaced(ch: str) -> bool:
    """Whether `ch` belongs to a script written without spaces between words (Han, kana)."""
    o = ord(ch)
    return (0x4E00 <= o <= 0x9FFF or 0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x4DBF
            or 0xF900 <= o <= 0xFAFF or 0x31F0 <= o <= 0x31FF or 0xFF66 <= o <= 0xFF9F
            or o in (0x3005, 0x3007) or o >= 0x20000 and ch.isalpha())


# Scripts without capitals whose names the lexicons find inside words (a case ending or a
# postposition glued on, no capital to start a name): Han, kana, Hangul, Devanagari.
_HANGUL = ("\uac00", "\ud7a3")
_DEVANAGARI = ("\u0900", "\u097f")
UNCASED_CLASS = UNSPACED_CLASS + _HANGUL[0] + "-" + _HANGUL[1] + _DEVANAGARI[0] + "-" + _DEVANAGARI[1]


def uncased_letter(ch: str) -> bool:
    """A letter of Han, kana, Hangul or Devanagari: scripts without capitals whose city names are
    matched as words (the letters of `UNCASED_CLASS`)."""
    return is_unspaced(ch) or _HANGUL[0] <= ch <= _HANGUL[1] or _DEVANAGARI[0] <= ch <= _DEVANAGARI[1]


def is_hiragana(ch: str) -> bool:
    """Hiragana: the inflections and particles of Japanese, never a name."""
    return "\u3041" <= ch <= "\u309f"


def is_han(ch: str) -> bool:
    """A Han letter (not kana): a name in it is a name of the language's own region."""
    return is_unspaced(ch) and not is_katakana(ch) and not is_hiragana(ch)


def is_katakana(ch: str) -> bool:
    """Katakana (and its long-vowel mark): a word in katakana is a loan word or a foreign name."""
    o = ord(ch)
    return (0x30A0 <= o <= 0x30FF and o != 0x30FB      # not the middle dot ・
            or 0x31F0 <= o <= 0x31FF or 0xFF66 <= o <= 0xFF9F)
