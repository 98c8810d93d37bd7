"""Common words of a language written without capitals or vowels: no name is made only of them.

In Persian, Arabic and Hebrew a verb phrase after a title reads like a name ("... قرار گرفت":
was placed). `data/common_words.tsv` (scripts/build_common_words.py, from wordfreq) lists the
words frequent in each such language; `common_phrase` says a candidate name is only such words
and none is a given name or surname the office-holders table knows ("علی", "ישראל" are common
words and names too).
"""

from __future__ import annotations

from functools import cache
from importlib import resources as files

from ..gazetteer import officials
from ..text.fold import fold


@cache
def _common() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    text = (files.files("legation") / "data" / "common_words.tsv").read_text(encoding="utf-8")
    for line in text.split("\n")[2:]:
        if line:
            lang, word = line.split("\t")
            found.setdefault(lang, set()).add(word)
    return {lang: frozenset(words) for lang, words in found.items()}


def common_phrase(written: list[str], lang: str) -> bool:
    """Whether every word of a candidate name is a common word of `lang`, and none a known name's."""
    common = _common().get(lang)
    if not common or not written:
        return False
    keys = [fold(w) for w in written]
    if not all(k in common for k in keys):
        return False
    return not any(officials.given_name(w, lang) or officials.known_surname(w, lang) for w in written)
