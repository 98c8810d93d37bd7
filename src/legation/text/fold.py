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
