"""Whose press an article is: the country a bare "President of the Republic" or "the government" acts for.

A language written by several states' presses (Greek in Greece and Cyprus, Portuguese in Brazil
and Portugal, Romanian in Romania and Moldova, Arabic, German) does not say by itself whose
"government" a report means. The article does: the news agency it names ("(ΚΥΠΕ)", "(Lusa)",
"(Moldpres)", "(واس)"), the country-code domain it was published on, the dateline's city, the
currency it counts in. `<lang>/language.toml` `presses` lists the countries and their marks; a
language without them keeps its one `home`.
"""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import urlsplit

from .. import gazetteer, resources
from ..document import Document
from ..text.fold import fold

_AGENCY_REACH = 600      # characters from the start, and from the end, where a report names its agency


@cache
def _presses(lang: str) -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """(folded agency name -> country, folded currency word -> country, the countries) of `lang`."""
    presses = resources.load(lang, "language").get("presses") or {}
    agencies: dict[str, str] = {}
    currencies: dict[str, str] = {}
    for country, marks in presses.items():
        for name in marks.get("agencies", []):
            agencies[fold(name)] = country
        for word in marks.get("currencies", []):
            currencies[fold(word)] = country
    return agencies, currencies, frozenset(presses)


@cache
def _pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    # A word that ends in a letter ends there; a sign ("R$") may be written onto the number.
    alternatives = "|".join(re.escape(w) + (r"(?![^\W_])" if w[-1:].isalnum() else "")
                            for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{alternatives})")


def _named(folded: str, table: dict[str, str], reach: int | None) -> str | None:
    """The country of the first word of `table` the text names (within `reach` of either end)."""
    pattern = _pattern(tuple(table))
    if pattern is None:
        return None
    pieces = (folded,) if reach is None or len(folded) <= 2 * reach else (folded[:reach], folded[-reach:])
    for piece in pieces:
        found = pattern.search(piece)
        if found is not None:
            return table[found.group(0)]
    return None


def _domain(doc: Document, countries: frozenset[str]) -> str | None:
    """The country of the site's country-code domain, when its press writes the language."""
    for address in (doc.source.url, doc.source.site):
        if not address:
            continue
        host = urlsplit(address if "//" in address else f"//{address}").hostname or ""
        label = host.rsplit(".", 1)[-1]
        if len(label) == 2:
            country = gazetteer.alpha3(label)
            if country in countries:
                return country
    return None


def press_country(doc: Document, lang: str, dateline: str | None) -> str | None:
    """The country whose press the article is: its agency's, its domain's, the dateline's (`dateline`,
    a country code), or the one whose currency it counts in; None when nothing says."""
    agencies, currencies, countries = _presses(lang)
    if not countries:
        return dateline
    folded = doc.layers.get("folded")
    if not isinstance(folded, str):
        folded = fold(doc.text)
    return (_named(folded, agencies, _AGENCY_REACH) or _domain(doc, countries) or dateline
            or _named(folded, currencies, None))


__all__ = ["press_country"]
