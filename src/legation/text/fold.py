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

_TABLE = str.maketrans({
    "\u0130": "i", "I": "i", "\u0131": "i",      # İ I ı
    "\u2019": "'", "\u02bc": "'", "\u2018": "'", "`": "'", "\u00b4": "'",
    "\u02bb": "'",                                # ʻ, the Uzbek oʻ and gʻ
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


def fold(text: str) -> str:
    """Lower-case `text` for matching without changing its length."""
    folded = text
    for src, dst in _PAIRS:
        if src in folded:
            folded = folded.replace(src, dst)
    if not folded.isascii() and _OTHER_DIGIT.search(folded):
        folded = folded.translate(_DIGITS)
    out = folded.lower()
    if len(out) == len(text):
        return out
    # A few characters lower-case to two; fold those one by one.
    return "".join(c if len(c := ch.lower()) == 1 else ch for ch in text.translate(_TABLE))


def is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "\u0301"


# Scripts written without spaces between words: Han (with the iteration mark 々), hiragana
# and katakana (with the long-vowel mark and half-width forms). A name or cue in these is
# found inside a run of characters, not between spaces. Hangul is written with spaces.
UNSPACED_CLASS = "\u3005\u3007\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
_KANA = ((0x30A0, 0x30FF), (0x31F0, 0x31FF), (0xFF66, 0xFF9F))


def is_unspaced(ch: str) -> bool:
    """Whether `ch` belongs to a script written without spaces between words (Han, kana)."""
    o = ord(ch)
    return (0x4E00 <= o <= 0x9FFF or 0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x4DBF
            or 0xF900 <= o <= 0xFAFF or 0x31F0 <= o <= 0x31FF or 0xFF66 <= o <= 0xFF9F
            or o in (0x3005, 0x3007) or o >= 0x20000 and ch.isalpha())


def is_katakana(ch: str) -> bool:
    """Katakana (and its long-vowel mark): a word in katakana is a loan word or a foreign name."""
    o = ord(ch)
    return any(lo <= o <= hi for lo, hi in _KANA) and o != 0x30FB      # not the middle dot ・
