"""Reading the generated tables in `legation/data/` and the curated `places.toml` files.

Each table is parsed on first use and kept for the life of the process.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources as _res
from typing import Any

from .. import resources

_DATA = _res.files("legation") / "data"


@dataclass(frozen=True, slots=True)
class City:
    """A populated place from GeoNames: English name, ISO alpha-3 country, population."""

    geonameid: int
    name: str
    country: str
    population: int


def _rows(name: str) -> list[list[str]]:
    """The rows of `data/<name>` below its header, as lists of cells."""
    lines = (_DATA / name).read_text(encoding="utf-8").split("\n")
    return [line.split("\t") for line in lines[1:] if line]


def base_language(lang: str) -> str:
    """`pt-BR`, `sr_Latn` -> `pt`, `sr`: the generated tables are keyed by language only."""
    return lang.replace("_", "-").split("-", 1)[0].lower()


@dataclass(frozen=True)
class CountryTable:
    label: dict[str, str]            # alpha3 -> English name
    alpha2: dict[str, str]           # alpha2 -> alpha3
    capital: dict[str, int]          # alpha3 -> geonameid
    population: dict[str, int]       # alpha3 -> inhabitants (GeoNames)


@cache
def country_table() -> CountryTable:
    label: dict[str, str] = {}
    alpha2: dict[str, str] = {}
    capital: dict[str, int] = {}
    population: dict[str, int] = {}
    for a3, a2, name, cap, people in _rows("country_table.tsv"):
        label[a3] = name
        alpha2[a2] = a3
        if cap:
            capital[a3] = int(cap)
        if people:
            population[a3] = int(people)
    return CountryTable(label, alpha2, capital, population)


def generated_country_names(lang: str) -> tuple[tuple[str, str], ...]:
    """((name, alpha3), ...) of one language, from CLDR."""
    # One regular-expression pass over the file for the asked language only: parsing
    # every language's rows would cost more than a whole article's extraction.
    pattern = re.compile(rf"^([A-Z]{{3}})\t{re.escape(lang)}\t([^\t\n]+)$", re.MULTILINE)
    return tuple((name, code) for code, name in pattern.findall(_text("countries.tsv")))


@cache
def _text(name: str) -> str:
    return (_DATA / name).read_text(encoding="utf-8")


@dataclass(frozen=True)
class CityTable:
    cities: dict[int, City]
    surfaces: tuple[tuple[int, str], ...]      # (geonameid, its names joined by "|"), in the table's order

    def names(self) -> Iterator[tuple[str, int]]:
        """(surface name, geonameid) of every kept name, in the table's order. Made as they are
        read: a quarter million pairs kept for the process's life were a tenth of its memory."""
        for gid, surfaces in self.surfaces:
            for surface in surfaces.split("|"):
                yield surface, gid


@cache
def city_table() -> CityTable:
    cities: dict[int, City] = {}
    surfaces: list[tuple[int, str]] = []
    for gid, name, country, population, names in _rows("cities.tsv"):
        city = City(int(gid), name, sys.intern(country), int(population))
        cities[city.geonameid] = city
        if names:
            surfaces.append((city.geonameid, names))
    return CityTable(cities, tuple(surfaces))


def calendar(lang: str) -> tuple[tuple[str, int, str], ...]:
    """((kind, number, name), ...) of one language, from CLDR."""
    return _calendar_by_lang().get(lang, ())


@cache
def _calendar_by_lang() -> dict[str, tuple[tuple[str, int, str], ...]]:
    by_lang: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
    for lang, kind, number, name in _rows("calendar.tsv"):
        by_lang[lang].append((kind, int(number), name))
    return {lang: tuple(rows) for lang, rows in by_lang.items()}


def places(lang: str) -> dict[str, Any]:
    """The curated `resources/<lang>/places.toml` ({} when there is none)."""
    return resources.load(lang, "places")


def curated_cities(lang: str | None = None) -> dict[str, int]:
    """Surface name -> geonameid from the `places.toml` of `lang`, or of every language."""
    merged: dict[str, int] = {}
    for code in resources.languages() if lang is None else (lang,):
        for name, gid in places(code).get("cities", {}).items():
            merged[name] = int(gid)
    return merged


@cache
def common_places() -> dict[str, frozenset[str]]:
    """Per language, the small places whose names are common words (`common_places.tsv`)."""
    found: dict[str, set[str]] = {}
    for line in _text("common_places.tsv").split("\n")[2:]:
        if line:
            lang, name = line.split("\t")
            found.setdefault(lang, set()).add(name)
    return {lang: frozenset(names) for lang, names in found.items()}
