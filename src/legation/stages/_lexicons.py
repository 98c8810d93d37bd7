"""Name data for the `entities` and `officials` stages, compiled once per process.

Two matchers work together:

* a per-language `Lexicon` (Aho-Corasick, inflection-aware) over country
  names (CLDR for the language and English, plus aliases), demonyms,
  international organisations, role words, role qualifiers, institutions
  and "side" words;
* one language-independent `CityIndex`: a dictionary from folded city names
  to GeoNames ids. Cities are only ever written with a capital, so they are
  looked up token by token at capitalised words only, which keeps the 240k
  names out of an automaton (memory) and the scan cheap.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .. import gazetteer, resources
from ..text.fold import fold, uncased_letter, without_capitals
from ..text.matcher import Lexicon, morphology

# Payload kinds carried by lexicon hits.
COUNTRY, DEMONYM, ORG, ROLE, QUALIFIER, INSTITUTION, SIDE, REGION = (
    "country", "demonym", "org", "role", "qualifier", "institution", "side", "region")

# Languages whose names are always matched besides the document's own.
PIVOT = "en"


@dataclass(frozen=True)
class Payload:
    """What a matched phrase means."""

    kind: str
    code: str | None = None         # alpha-3 (country, demonym, role/institution's country), org code
    value: str | None = None        # role, qualifier, or an institution head's role
    upper: bool = False             # an acronym: matches only when written in capitals
    counterpart: bool = False       # a role that names the other side ("counterpart"): no fallback country


def _is_acronym(surface: str) -> bool:
    letters = [c for c in surface if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in surface.strip()


def _entries(lang: str) -> Iterator[tuple[str, Payload]]:
    for surface, code in gazetteer.country_names(lang):
        yield surface, Payload(COUNTRY, code, upper=_is_acronym(surface))
    demonyms = resources.load(lang, "demonyms")
    for code, names in demonyms.get("aliases", {}).items():
        for surface in names:
            yield surface, Payload(COUNTRY, code, upper=_is_acronym(surface))
    for code, names in demonyms.get("demonyms", {}).items():
        for surface in names:
            yield surface, Payload(DEMONYM, code)
    for surface in demonyms.get("regions", {}).get("names", []):
        yield surface, Payload(REGION)
    for code, names in resources.load(lang, "orgs").get("names", {}).items():
        for surface in names:
            yield surface, Payload(ORG, code, upper=_is_acronym(surface))
    roles = resources.load(lang, "roles")
    for surface, role in roles.get("roles", {}).items():
        if isinstance(role, dict):
            yield surface, Payload(ROLE, role.get("country"), role["role"], upper=_is_acronym(surface),
                                   counterpart=bool(role.get("counterpart")))
        else:
            yield surface, Payload(ROLE, None, role, upper=_is_acronym(surface))
    for surface, qualifier in roles.get("qualifiers", {}).items():
        yield surface, Payload(QUALIFIER, None, qualifier)
    for surface, info in roles.get("institutions", {}).items():
        yield surface, Payload(INSTITUTION, info.get("country"), info.get("head"), upper=_is_acronym(surface))
    for surface in roles.get("words", {}).get("sides", []):
        yield surface, Payload(SIDE)


@cache
def lexicon(lang: str) -> Lexicon:
    """The name lexicon for documents in `lang` (its own data plus English)."""
    langs = tuple(dict.fromkeys((lang, PIVOT)))
    entries: list[tuple[str, Payload]] = []
    for code in langs:
        entries.extend(_entries(code))
    return Lexicon(entries, morphology(*langs))


@dataclass(frozen=True)
class RoleWords:
    """The small closed word classes that hold a role chain together, folded."""

    connectors: frozenset[str]
    joiners: frozenset[str]
    postings: frozenset[str]
    particles: frozenset[str]
    compose: dict[str, dict[str, str]]
    compose_default: dict[str, str]      # role -> template with "{}" for a qualifier
    pairs: frozenset[str]                # words after two names side by side ("and", "ilə")
    case_suffixes: tuple[str, ...]
    locative_suffixes: tuple[str, ...]
    role_joiner: str                     # joins two roles one person holds, in English
    # The role may follow a name with no comma between ("Vlagyimir Putyin orosz elnök").
    role_after_name: bool = False
    # Words that open the name of a building, not of a person ("Palácio do Planalto").
    buildings: frozenset[str] = frozenset()
    # Articles written onto a surname with a hyphen ("al-Sharaa", "eş-Şara", "аш-Шараа").
    prefixes: frozenset[str] = frozenset()
    # Courtesy titles and military ranks before a name ("Frau", "la signora", "le général"): no part
    # of the name, and they may stand between a role and it (the language's own only).
    honorifics: frozenset[str] = frozenset()


@cache
def role_words(lang: str) -> RoleWords:
    """Connectors, joiners and posting prepositions of `lang` and English."""
    langs = tuple(dict.fromkeys((lang, PIVOT)))
    sets: dict[str, set[str]] = {k: set() for k in ("connectors", "joiners", "postings", "particles", "pairs",
                                                     "buildings", "prefixes")}
    for code in langs:
        data = resources.load(code, "roles")
        for key, words in sets.items():
            words.update(fold(w) for w in data.get("words", {}).get(key, []))
    # A word the language itself uses to post someone somewhere ("di" Jakarta) is no name particle.
    sets["particles"] -= {fold(w) for w in resources.load(lang, "roles").get("words", {}).get("postings", [])}
    names = resources.load(lang, "morphology").get("names", {})
    return RoleWords(
        frozenset(sets["connectors"]), frozenset(sets["joiners"]), frozenset(sets["postings"]),
        frozenset(sets["particles"]), resources.load(PIVOT, "roles").get("compose", {}),
        resources.load(PIVOT, "roles").get("compose_default", {}), frozenset(sets["pairs"]),
        tuple(sorted((fold(s) for s in names.get("case_suffixes", [])), key=len, reverse=True)),
        tuple(fold(s) for s in names.get("locative_suffixes", [])),
        " {} ".format(*resources.load(PIVOT, "roles").get("words", {}).get("joiners", [","])),
        bool(resources.load(lang, "roles").get("role_after_name", False)),
        frozenset(sets["buildings"]),
        frozenset(sets["prefixes"]),
        frozenset(fold(w) for w in resources.load(lang, "roles").get("words", {}).get("honorifics", [])),
    )


@cache
def common_words(lang: str) -> frozenset[str]:
    """Folded lower-case common words of `lang` (justext's stop list) and its month names.

    A city whose name is one of these ("Ana", "Of", "Mart") is not taken as a place.
    """
    words: set[str] = set(gazetteer.months(lang))
    name = resources.load("_all", "stoplists").get(lang)
    spec = importlib.util.find_spec("justext")
    if name and spec and spec.submodule_search_locations:
        path = Path(next(iter(spec.submodule_search_locations))) / "stoplists" / f"{name}.txt"
        if path.is_file():
            for line in path.read_text(encoding="utf-8").split():
                # Lower case, or a script without capitals; but Georgian, written without capitals
                # although Unicode gives it a case, lists its place names among the common words.
                if not line[:1].isupper() and not without_capitals(line[:1]):
                    words.add(fold(line))
    return frozenset(words)


@dataclass
class CityIndex:
    """Folded city names -> GeoNames ids, most populous first.

    The generated names (`base`) are shared by every language; `curated` holds
    the hand-curated names of one language and English, which win.
    """

    base: dict[str, tuple[int, ...]]
    curated: dict[str, tuple[int, ...]]
    first_words: frozenset[str]          # first word of every multi-word name (every language's: one set)
    max_words: int

    def lookup(self, key: str) -> tuple[int, ...]:
        return self.curated.get(key) or self.base.get(key, ())

    def __contains__(self, key: str) -> bool:
        return key in self.curated or key in self.base


def _population(gid: int, memo: dict[int, int]) -> int:
    if gid not in memo:
        try:
            memo[gid] = gazetteer.city(gid).population
        except KeyError:
            memo[gid] = -1
    return memo[gid]


def _index(pairs: Iterator[tuple[str, int]]) -> dict[str, tuple[int, ...]]:
    found: dict[str, list[int]] = {}
    for surface, gid in pairs:
        key = fold(surface.strip())
        if len(key) < 3 or not key[0].isalpha():
            continue
        ids = found.setdefault(key, [])
        if gid not in ids:
            ids.append(gid)
    memo: dict[int, int] = {}
    return {k: tuple(sorted(v, key=lambda g: _population(g, memo), reverse=True)) if len(v) > 1 else (v[0],)
            for k, v in found.items()}


@cache
def _curated_only() -> frozenset[tuple[str, int]]:
    """Curated (name, id) pairs that the generated table lacks: they belong to their language."""
    curated = {(name, int(gid)) for data in resources.load_all("places").values()
               for name, gid in data.get("cities", {}).items()}
    seen: dict[tuple[str, int], int] = {}
    for pair in gazetteer.iter_city_names():
        if pair in curated:
            seen[pair] = seen.get(pair, 0) + 1
    # `city_names()` lists a curated pair once more than the generated table does.
    return frozenset(p for p, n in seen.items() if n == 1)


@cache
def _base_index() -> tuple[dict[str, tuple[int, ...]], frozenset[str], int, tuple[tuple[str, int], ...]]:
    """The generated names' index, the first words of every multi-word name (curated ones of every
    language too: the set only says where a longer name may start, and one set serves every
    language), the most words of a name, and the generated pairs of `_curated_only`."""
    only = _curated_only()
    generated: list[tuple[str, int]] = []

    def kept() -> Iterator[tuple[str, int]]:        # `gazetteer.city_names()` but for `only`
        for pair in gazetteer.generated_city_names():
            if pair in only:
                generated.append(pair)
            else:
                yield pair
        yield from (pair for pair in gazetteer.curated_city_names() if pair not in only)

    names = _index(kept())
    first = {k.split(" ", 1)[0] for k in names if " " in k}
    first.update(key.split(" ", 1)[0] for name, _ in only if " " in (key := fold(name.strip())))
    return names, frozenset(first), max((k.count(" ") + 1 for k in names), default=1), tuple(generated)


@cache
def city_index(lang: str = PIVOT) -> CityIndex:
    """Every generated city name plus the curated names of `lang` and English.

    A curated name of another language is not matched ("Seul" is a Turkish and
    Azerbaijani spelling of Seoul, and a French word).
    """
    only = _curated_only()
    base, first, max_words, generated = _base_index()
    curated_pairs: list[tuple[str, int]] = []
    for code in dict.fromkeys((lang, PIVOT)):
        # (`gazetteer.city_names(code)` in `only`: its generated pairs, then its curated ones.)
        curated_pairs.extend(generated)
        curated_pairs.extend(p for p in gazetteer.curated_city_names(code) if p in only)
    curated = _index(iter(curated_pairs))
    max_words = max([max_words] + [k.count(" ") + 1 for k in curated])
    return CityIndex(base, curated, first, min(max_words, 4))


# Names in scripts without spaces are found inside runs of characters, where a short name of a
# small town is too often an ordinary word: only capitals and cities this big are taken.
UNSPACED_CITY_POPULATION = 2_000_000
UNSPACED_LONG_NAME_POPULATION = 300_000     # a name of three letters or more is rarely a word


@cache
def unspaced_city_lexicon(lang: str) -> Lexicon:
    """City names written in Han, kana (北京, 東京) or Hangul (베이징), which have no capitals.

    Capitals and cities of `UNSPACED_CITY_POPULATION` or more (`UNSPACED_LONG_NAME_POPULATION`
    for names of three letters or more); `places.toml` `not_cities`
    lists names that are ordinary words of the language (巴中 is Pakistan and China). Han and
    kana names are found inside runs; Hangul ones take the language's particles ("베이징에서").
    """
    blocked = {fold(w) for w in resources.load(lang, "places").get("not_cities", [])}
    seats = {c.geonameid for code in _capital_codes() if (c := gazetteer.capital(code)) is not None}
    entries: list[tuple[str, tuple[int, ...]]] = []
    by_name: dict[str, list[int]] = {}
    for name, gid in gazetteer.iter_city_names(lang):
        if len(name) < 2 or not uncased_letter(name[0]) or fold(name) in blocked:
            continue
        try:
            city = gazetteer.city(gid)
        except KeyError:
            continue
        if gid in seats or city.population >= (UNSPACED_CITY_POPULATION if len(name) == 2
                                               else UNSPACED_LONG_NAME_POPULATION):
            by_name.setdefault(name, []).append(gid)
    # The language's curated cities count whatever their size, and come first where GeoNames
    # gives a name to two places ("नई दिल्ली" is New Delhi, not Delhi).
    curated = {name: int(gid) for name, gid in resources.load(lang, "places").get("cities", {}).items()
               if name and uncased_letter(name[0])}
    for name, gid in curated.items():
        by_name.setdefault(name, []).append(gid)
    for name, gids in by_name.items():
        first = curated.get(name)
        entries.append((name, tuple(sorted(set(gids), key=lambda g: (g != first, -gazetteer.city(g).population)))))
    return Lexicon(entries, morphology(lang))


def _capital_codes() -> set[str]:
    return {code for _, code in gazetteer.country_names(PIVOT)}


@cache
def gives_as() -> dict[str, str]:
    """An organ that decides on its body's money, and that body (`en/orgs.toml` `gives_as`): the aid
    the European Council or the Commission approves is the Union's (figures and events read it)."""
    return dict(resources.load(PIVOT, "orgs").get("gives_as") or {})


@cache
def own_money() -> frozenset[str]:
    """The organs that manage their body's money themselves (`en/orgs.toml` [money] own: the Commission)."""
    return frozenset((resources.load(PIVOT, "orgs").get("money") or {}).get("own") or ())


def giving_body(code: str) -> str:
    """Whose money an organisation gives: an organ that only approves its body's money gives as that
    body ("the European Council approved 50 billion for Ukraine": the Union's), an organ that manages
    it gives as itself ("the Commission will provide Egypt with ...": the Commission's)."""
    if code in own_money():
        return code
    return gives_as().get(code, code)

