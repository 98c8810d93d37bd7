"""Length-preserving case folding, so offsets into folded text are offsets into the text.

Dotted and dotless i (Turkic) all fold to plain `i`, typographic apostrophes to
`'`, and `ё` to `е`; every character maps to exactly one character.
"""

from __future__ import annotations

_TABLE = str.maketrans({
    "\u0130": "i", "I": "i", "\u0131": "i",      # İ I ı
    "\u2019": "'", "\u02bc": "'", "\u2018": "'", "`": "'", "\u00b4": "'",
    "\u0401": "\u0435", "\u0451": "\u0435",        # Ё ё -> е
    "\u00a0": " ", "\u202f": " ", "\u2009": " ",
    "\u1e9e": "\u00df",                            # capital sharp s
})


def fold(text: str) -> str:
    """Lower-case `text` for matching without changing its length."""
    out = text.translate(_TABLE).lower()
    if len(out) == len(text):
        return out
    # A few characters lower-case to two; fold those one by one.
    return "".join(c if len(c := ch.lower()) == 1 else ch for ch in text.translate(_TABLE))


def is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "\u0301"
