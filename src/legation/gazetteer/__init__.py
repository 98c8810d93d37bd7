"""Place and calendar names: generated tables (CLDR, GeoNames) merged with curated `places.toml`.

The generated tables live in `legation/data/` (made by `scripts/build_gazetteers.py`);
hand-curated names live in `resources/<lang>/places.toml` with two tables:
`[countries]` (surface name -> alpha-3), `[cities]` (surface name -> geonameid) and
`[exact_countries]` (names that count only when written exactly so, like "US").
Everything is read on first use and cached for the life of the process.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from ..text.fold import fold
from . import _tables
from ._tables import City, base_language

__all__ = [
    "City", "alpha3", "capital", "city", "city_names", "country_label", "country_names", "curated_city_names",
    "exact_country_names", "generated_city_names", "is_country", "iter_city_names", "months", "population",
    "weekdays",
]


def country_names(lang: str) -> list[tuple[str, str]]:
    """(surface name, alpha3) pairs for `lang`: CLDR names plus the curated ones.

    Args:
        lang: ISO 639 code; a region or script suffix (`pt-BR`, `sr_Latn`) is ignored.
    """
    return list(_country_names(base_language(lang)))


@cache
def _country_names(lang: str) -> tuple[tuple[str, str], ...]:
    names = dict.fromkeys(_tables.generated_country_names(lang))
    for name, code in _tables.places(lang).get("countries", {}).items():
        names[(name, str(code).upper())] = None
    return tuple(names)


def exact_country_names(lang: str) -> list[tuple[str, str]]:
    """(surface name, alpha3) pairs that name a country only in exactly this spelling.

    Curated, for acronyms that fold to a common word ("US" but not "us").
    """
    table = _tables.places(base_language(lang)).get("exact_countries", {})
    return [(name, str(code).upper()) for name, code in table.items()]


def country_label(alpha3: str) -> str:
    """English name of a country ("Kazakhstan"); the code itself when it is unknown."""
    return _tables.country_table().label.get(alpha3.upper(), alpha3)


def is_country(code: str) -> bool:
    """Whether `code` is the ISO 3166-1 alpha-3 code of a country or territory."""
    return code.upper() in _tables.country_table().label


def population(alpha3: str) -> int | None:
    """Inhabitants of a country (GeoNames), or None when unknown."""
    return _tables.country_table().population.get(alpha3.upper())


def alpha3(alpha2: str) -> str | None:
    """The alpha-3 code of an ISO 3166-1 alpha-2 code ("KZ" -> "KAZ"), or None."""
    return _tables.country_table().alpha2.get(alpha2.upper())


def city_names(lang: str | None = None) -> list[tuple[str, int]]:
    """(surface name, geonameid) over every kept city name and the curated ones.

    Args:
        lang: take the curated names of this language only; None takes every
            language's. Curated names can be common words elsewhere (Turkish "Seul"
            is French "seul"), so a matcher that knows the language should pass it.

    A curator decides which city an ambiguous name means: the build script leaves a
    curated name off every other city (so editing `places.toml` means regenerating).
    """
    return list(iter_city_names(lang))


def iter_city_names(lang: str | None = None) -> Iterator[tuple[str, int]]:
    """`city_names`, one pair at a time: the quarter million pairs are made as they are read
    and kept by no one (each language's copy, and then the table's own, stayed alive for the
    process's life, a tenth of its peak memory)."""
    yield from generated_city_names()
    yield from curated_city_names(lang)


def generated_city_names() -> Iterator[tuple[str, int]]:
    """The generated table's (surface name, geonameid) pairs: the first part of `city_names`."""
    return _tables.city_table().names()


def curated_city_names(lang: str | None = None) -> list[tuple[str, int]]:
    """The curated (surface name, geonameid) pairs of `lang` (every language's with None), sorted:
    the rest of `city_names`."""
    return sorted(_tables.curated_cities(None if lang is None else base_language(lang)).items())


def city(geonameid: int) -> City:
    """The city with this GeoNames id.

    Raises:
        KeyError: the id is not in the gazetteer.
    """
    return _tables.city_table().cities[int(geonameid)]


def city_named(name: str) -> City | None:
    """The most populous city any of whose names folds to `fold(name)` ("DEN HAAG", "北京"), or None."""
    return _cities_by_name().get(fold(name))


@cache
def _cities_by_name() -> dict[str, City]:
    best: dict[str, City] = {}
    for name, gid in iter_city_names():
        key, found = fold(name), city(gid)
        if key not in best or found.population > best[key].population:
            best[key] = found
    return best


def capital(alpha3: str) -> City | None:
    """The capital of a country (from GeoNames' country table), or None when unknown."""
    gid = _tables.country_table().capital.get(alpha3.upper())
    if gid is None:
        return None
    return _tables.city_table().cities.get(gid)


def months(lang: str) -> dict[str, int]:
    """Folded month names of `lang` (format and stand-alone, wide and abbreviated) -> 1..12."""
    return dict(_calendar(base_language(lang), "month"))


def common_places(lang: str) -> frozenset[str]:
    """Folded names of small places that are common words of `lang` (`common_places.tsv`)."""
    return _tables.common_places().get(base_language(lang), frozenset())


def weekdays(lang: str) -> dict[str, int]:
    """Folded weekday names of `lang` -> 0 (Monday) .. 6 (Sunday)."""
    return dict(_calendar(base_language(lang), "weekday"))


@cache
def _calendar(lang: str, kind: str) -> tuple[tuple[str, int], ...]:
    forms: dict[str, int] = {}
    for row_kind, number, name in _tables.calendar(lang):
        if row_kind != kind:
            continue
        key = fold(name)
        # "окт." is also written "окт"; keep both, the dotted one for exact matches.
        for form in (key, key.rstrip(".")):
            if len(form) >= 2 and forms.setdefault(form, number) != number:
                forms[form] = -1       # one spelling, two meanings: unusable
    return tuple((form, number) for form, number in forms.items() if number >= 0)
