"""Personal names across scripts: transliteration and a spelling-blind comparison key."""

from __future__ import annotations

import unicodedata
from functools import cache

from .. import resources
from ..text.fold import fold

# Languages whose translit table is used when the document's own has none.
_CYRILLIC_FALLBACK = "ru"


@cache
def _table(lang: str) -> tuple[dict[str, str], dict[str, str]]:
    data = resources.load(lang, "translit") or resources.load(_CYRILLIC_FALLBACK, "translit")
    return dict(data.get("letters", {})), dict(data.get("pairs", {}))


@cache
def _latin_extra() -> dict[str, str]:
    """Latin letters with no decomposition (ə, ı, ø ...), from every language's translit.toml."""
    table: dict[str, str] = {}
    for data in resources.load_all("translit").values():
        table.update(data.get("latin", {}))
    return table


def transliterate(name: str, lang: str) -> str:
    """`name` in Latin letters (Cyrillic through the language's table; Latin unchanged)."""
    if not any("\u0400" <= ch <= "\u04ff" for ch in name):
        return name
    letters, pairs = _table(lang)
    out: list[str] = []
    i = 0
    low = name.lower()
    while i < len(name):
        pair = low[i:i + 2]
        if len(pair) == 2 and pair in pairs:
            piece, step = pairs[pair], 2
        else:
            ch = low[i]
            piece, step = letters.get(ch, name[i] if not ch.isalpha() else ch), 1
        if name[i].isupper() and piece:
            piece = piece[0].upper() + piece[1:]
        out.append(piece)
        i += step
    return "".join(out)


def name_key(name: str, lang: str = _CYRILLIC_FALLBACK) -> str:
    """A comparison key: transliterated, folded, without diacritics or punctuation."""
    text = fold(transliterate(name, lang))
    extra = _latin_extra()
    text = "".join(extra.get(ch, ch) for ch in text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch if ch.isalnum() else " " for ch in text if not unicodedata.combining(ch))
    return " ".join(text.split())
