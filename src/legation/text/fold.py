"""Length-preserving case folding, so offsets into folded text are offsets into the text.

Dotted and dotless i (Turkic) all fold to plain `i`, typographic apostrophes to
`'`, and `ё` to `е`; every character maps to exactly one character.
"""

from __future__ import annotations

_TABLE = str.maketrans({
    "\u0130": "i", "I": "i", "\u0131": "i",      # İ I ı
    "\u2019": "'", "\u02bc": "'", "\u2018": "'", "`": "'", "\u00b4": "'",
    "\u02bb": "'",                                # ʻ, the Uzbek oʻ and gʻ
    "\u0401": "\u0435", "\u0451": "\u0435",        # Ё ё -> е
    "\u00a0": " ", "\u202f": " ", "\u2009": " ",
    "\u1e9e": "\u00df",                            # capital sharp s
})


# The same mapping as pairs: a few `str.replace` calls are much faster than
# `str.translate` with a dict on long texts, and most texts hold few of them.
_PAIRS = tuple((chr(k), v) for k, v in _TABLE.items() if chr(k) != "I")


def fold(text: str) -> str:
    """Lower-case `text` for matching without changing its length."""
    folded = text
    for src, dst in _PAIRS:
        if src in folded:
            folded = folded.replace(src, dst)
    out = folded.lower()
    if len(out) == len(text):
        return out
    # A few characters lower-case to two; fold those one by one.
    return "".join(c if len(c := ch.lower()) == 1 else ch for ch in text.translate(_TABLE))


def is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "\u0301"
