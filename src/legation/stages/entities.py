"""The `entities` stage: countries, international organisations and cities, with every mention.

One Aho-Corasick pass with the language's lexicon (countries, demonyms,
organisations, and the role words the `officials` stage needs) and one pass
over capitalised words for cities. Overlaps go to the longest match ("UN
Framework Convention on Climate Change" is UNFCCC, not UN). A city whose name
is a common word of the language is dropped; an ambiguous city name means the
most populous city unless a country named in the document has one of that name.

Working layers for later stages:
`doc.layers["name_hits"]`: every kept `NameHit` in text order (roles too);
`doc.layers["tokens"]`: `(start, end)` of every word;
`doc.layers["folded"]`: `fold(doc.text)`;
`doc.layers["place_dateline"]`: alpha-3 of a dateline city ("ANKARA –"), or None.
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from itertools import compress, starmap
from operator import attrgetter, itemgetter, not_
from typing import NamedTuple

from .. import gazetteer, resources
from ..gazetteer import officials
from ..deadline import check as check_deadline
from ..document import Document, Entity, Mention
from ..pipeline import stage
from ..settings import Settings
from ..text.fold import MARKS_CLASS, UNCASED_CLASS, fold, is_unspaced, lower_case, uncased_letter, without_capitals
from ..text.matcher import Morphology, morphology, without_vowel_marks
from ..text.names import skeleton
from ._back_references import add_back_references
from ._name_cases import name_cases
from ._lexicons import (COUNTRY, DEMONYM, INSTITUTION, ORG, PIVOT, ROLE, CityIndex, Payload, city_index,
                        common_words, lexicon, role_words, unspaced_city_lexicon)

PLACE = "place"
# Letters, and combining marks inside a word (a Devanagari matra is no letter to `\w`): runs of
# each class, which the regex engine takes much faster than one character at a time.
_LETTERS = rf"(?:[^\W\d_]+|[{MARKS_CLASS}]+)+"
# A zero-width non-joiner is inside a word, between its parts ("اسلام‌آباد", "گفت‌وگو").
_WORD = re.compile(rf"{_LETTERS}(?:[-\u200c]{_LETTERS})*")
_WORD_WITH_APOSTROPHE = re.compile(rf"{_LETTERS}(?:[-'’ʼ‘`\u200c]{_LETTERS})*")
_WORD_WITH_GERSHAYIM = re.compile(rf"{_LETTERS}(?:[-\"\u05f4\u200c]{_LETTERS})*")
# The same words in a text without combining marks, where a letter run is a whole word part:
# the regex engine reads these about twice as fast. (Possessive: nothing after a word part can
# fail, so no backtracking point is kept; the same words, some 8 % faster.)
_PLAIN_WORDS = {_WORD: re.compile(r"[^\W\d_]++(?:[-\u200c][^\W\d_]++)*+"),
                _WORD_WITH_APOSTROPHE: re.compile(r"[^\W\d_]++(?:[-'’ʼ‘`\u200c][^\W\d_]++)*+"),
                _WORD_WITH_GERSHAYIM: re.compile(r"[^\W\d_]++(?:[-\"\u05f4\u200c][^\W\d_]++)*+")}
_MARK = re.compile(f"[{MARKS_CLASS}]")
_LAST_WORD = re.compile(r"(\w+)[^\w\n]*$")      # the word before a name, on its line
_APOSTROPHE = "'’ʼ‘"
_UNCASED = re.compile("[" + UNCASED_CLASS + "]")     # Han, kana, Hangul, Devanagari
_DATELINE_AFTER = re.compile(r"\s*(?:,|[–—-]|\.\s|\()")
_DATELINE_REACH = 400          # a dateline stands in the first lines of the body
_MAX_TAIL = 7                  # longest suffix chain tried after a city name
_BIG_CITY = 1_000_000          # a city this big needs no support at a sentence start
_CAPITAL_CITY = 250_000        # nor does a capital this big (a capital speaks for its government)
_MIN_STEM = 4                  # a shorter city name is only taken uninflected ("Wei" is not in "Weise")
_MEMO_SIZE = 200_000           # words remembered per language (bounded memory)
_span = re.Match.span
_CHECK_EVERY = 255             # the time budget is checked once per 256 tokens
_PLACE = Payload(PLACE)        # (immutable: one for every city hit)
_UNSEEN = object()


class NameHit(NamedTuple):
    """A matched name: `text[start:end]` (the inflected word), `key_end` ends the name itself."""

    start: int
    end: int
    key_end: int
    payload: Payload
    geonameids: tuple[int, ...] = ()

    @property
    def kind(self) -> str:
        return self.payload.kind


@cache
def org_label(code: str) -> str:
    """English name of an organisation code (the code itself when unknown)."""
    return resources.load(PIVOT, "orgs").get("english", {}).get(code, code)


@cache
def _demonym_suffixes(lang: str) -> tuple[str, ...]:
    """Suffixes that make a country's name its adjective ("braziliyalı"), written lower-case."""
    names = resources.load(lang, "morphology").get("names", {})
    return tuple(fold(s) for s in names.get("demonym_suffixes", []))


def _meaning_order(p: Payload) -> tuple[bool, bool, bool]:
    return (p.kind != COUNTRY, p.kind != ORG, p.kind != DEMONYM)


def _lexicon_hits(text: str, folded: str, lang: str) -> list[NameHit]:
    hits = []
    demonym_suffixes = _demonym_suffixes(lang)
    for hit in lexicon(lang).find_all(text, folded, past_marks=False):    # `find_names` reads past them
        lower = lower_case(text[hit.start])
        if lower and demonym_suffixes and hit.key_end < hit.end \
                and folded.startswith(demonym_suffixes, hit.key_end):
            # A lower-case country name with an adjective suffix is a demonym.
            country = next((p for p in hit.payloads if p.kind == COUNTRY), None)
            if country is not None:
                hits.append(NameHit(hit.start, hit.end, hit.key_end, Payload(DEMONYM, country.code)))
                continue
        # Acronyms only in capitals; a country's name only as a proper noun ("réunion", "того").
        if len(hit.payloads) == 1:       # most phrases have one meaning: no list to sort
            p = hit.payloads[0]
            if (not p.upper or text[hit.start:hit.key_end].isupper()) and not (lower and p.kind == COUNTRY):
                hits.append(NameHit(hit.start, hit.end, hit.key_end, p))
            continue
        payloads = [p for p in hit.payloads
                    if (not p.upper or text[hit.start:hit.key_end].isupper())
                    and not (lower and p.kind == COUNTRY)]
        if not payloads:
            continue
        # One phrase with several meanings: a name beats a role word, a country an organisation.
        payloads.sort(key=_meaning_order)
        hits.append(NameHit(hit.start, hit.end, hit.key_end, payloads[0]))
    return hits


def _city_hits(text: str, folded: str, tokens: list[tuple[int, int]], lang: str) -> list[NameHit]:
    index = city_index(lang)
    morph = morphology(*dict.fromkeys((lang, PIVOT)))
    accepts = _tails(lang)
    common = _city_common_words(lang)
    memo = _word_cities(lang)
    surname_tails = name_cases(lang).surname_endings
    calendar, postings = _calendar_words(lang)
    hits: list[NameHit] = []
    n = len(text)
    # Only a word that starts with a capital, or in a script whose capitals are not in use (Georgian),
    # can be a city (one in Han or kana is the lexicon's). Most words start in lower case: they are
    # passed over in one pass of cached calls (`_may_name_city`), no Python loop.
    firsts = list(map(text.__getitem__, map(_first, tokens)))     # (each word's first letter, in C)
    candidates = list(compress(range(len(firsts)), map(_may_name_city, firsts)))
    barren = _barren_words(lang)
    if barren:                    # (most words of a script without capitals: all are candidates)
        candidates = list(compress(candidates, map(not_, map(barren.__contains__, map(
            folded.__getitem__, starmap(slice, map(tokens.__getitem__, candidates)))))))
    for count, i in enumerate(candidates):
        if not count & _CHECK_EVERY:
            check_deadline()
        start, end = tokens[i]
        first = firsts[i]
        word = folded[start:end]
        cued = i > 0 and folded[tokens[i - 1][0]:tokens[i - 1][1]] in postings
        if word in calendar and not cued and (not first.isupper() or not _big_name(index.lookup(word))):
            # "دوشنبه" is Monday, not Dushanbe, but after "in" in a script without capitals; a weekday
            # written with its capital ("Kamis") names a big city only ("Душанбе" in Tajik).
            continue
        # The apostrophe suffix of Turkish and Azerbaijani proper names ("Astana'da").
        tail_end = end
        if end + 1 < n and text[end] in _APOSTROPHE and text[end + 1].isalpha():
            tail_end = end + 1
            while tail_end < n and text[tail_end].isalpha():
                tail_end += 1
        skip = 0
        if word not in index.first_words and morph.prefixes:
            # "בתל אביב": the first word of a name of several words after the clitic prefixes on it.
            skip = next((k for k in range(1, min(4, len(word) - 1))
                         if word[k:] in index.first_words and morph.after_prefixes(word[:k])), 0)
        if skip or word in index.first_words:
            found = None
            for j in range(i + 1, min(i + index.max_words, len(tokens))):
                if tokens[j][0] - tokens[j - 1][1] != 1 or text[tokens[j - 1][1]] != " ":
                    break
                key = folded[start + skip:tokens[j][1]]
                if key in index:
                    found = (tokens[j][1], key)
            if found is not None:
                hits.append(NameHit(start + skip, found[0], found[0], _PLACE, index.lookup(found[1])))
                continue
        found_word = memo.get(word, _UNSEEN)
        if found_word is _UNSEEN:
            found_word = _single_city(word, index, morph, accepts, common, surname_tails)
            if found_word is None and morph.prefixes:
                found_word = _prefixed_city(word, index, morph, accepts, common, surname_tails)
            if len(memo) < _MEMO_SIZE:
                memo[word] = found_word
        if found_word is None:
            if not skip and word not in index.first_words and len(barren) < _MEMO_SIZE:
                barren.add(word)
            continue
        if len(found_word) == 3:     # after clitic prefixes ("ב" + "מוסקבה"): the name starts later
            skip, cut, ids = found_word
            hits.append(NameHit(start + skip, end, start + cut, _PLACE, ids))
            continue
        cut, ids = found_word
        if cut == len(word):
            hits.append(NameHit(start, tail_end, end, _PLACE, ids))
        else:
            hits.append(NameHit(start, end, start + cut, _PLACE, ids))
    return hits


@cache
def _may_name_city(first: str) -> bool:
    """Whether a word starting with `first` may be a city the city pass looks up: not in lower case
    (`lower_case` owns what that means), nor in Han or kana (the lexicon's). Remembered per letter."""
    return not lower_case(first) and not is_unspaced(first)


@cache
def _calendar_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The language's month and weekday names (CLDR), and its posting prepositions ("in"): in a
    script without capitals a calendar word names a city only right after one of these."""
    words = set(gazetteer.months(lang)) | set(gazetteer.weekdays(lang))
    postings = resources.load(lang, "roles").get("words", {}).get("postings", [])
    return frozenset(words), frozenset(fold(w) for w in postings)


def _big_name(ids: tuple[int, ...]) -> bool:
    """Whether a name's most populous place is big enough to stand for itself (a big city or a seat)."""
    return bool(ids) and ((c := gazetteer.city(ids[0])).population >= _BIG_CITY or _seat(c))


@cache
def _small_common_places(lang: str) -> frozenset[str]:
    """Names of small places that are common words of `lang` (`data/common_places.tsv`, made from
    word frequencies by `scripts/build_common_places.py`), but for the cities `places.toml` lists."""
    curated = {fold(name) for name in resources.load(lang, "places").get("cities", {})}
    return gazetteer.common_places(lang) - curated


@cache
def _city_common_words(lang: str) -> frozenset[str]:
    """Common words that are no city, but for the cities `places.toml` lists by hand
    (a long stop list names capitals: "القاهرة", "ירושלים"), and the words `places.toml`
    `not_cities` names (a state's form, "Reino", "Republic", is no town that GeoNames calls so)."""
    places = resources.load(lang, "places")
    curated = {fold(name) for name in places.get("cities", {})}
    blocked = frozenset(fold(w) for w in places.get("not_cities", []))
    return (common_words(lang) - curated if curated else common_words(lang)) | blocked


def _prefixed_city(word: str, index: CityIndex, morph: Morphology, accepts: dict[str, bool],
                   common: frozenset[str], surname_tails: tuple[str, ...]) -> tuple[int, int, tuple[int, ...]] | None:
    """A city after the clitic prefixes written onto it: (prefix length, end of the name, ids)."""
    for skip in range(1, min(4, len(word) - 2)):
        if morph.after_prefixes(word[:skip]) and word[skip:] not in common:
            found = _single_city(word[skip:], index, morph, accepts, common, surname_tails)
            if found is not None:
                return skip, skip + found[0], found[1]
    return None


def _single_city(word: str, index: CityIndex, morph: Morphology, accepts: dict[str, bool],
                 common: frozenset[str], surname_tails: tuple[str, ...]) -> tuple[int, tuple[int, ...]] | None:
    """(length of the city name inside `word`, its GeoNames ids), or None: "Astanada" -> (6, ...).

    A city followed by a surname ending is a surname ("Токаев" is not "Токи" + "ев").
    """
    if word in common:
        return None
    ids = index.lookup(word)
    if ids:
        return len(word), ids
    for cut in range(len(word) - 1, max(2, len(word) - _MAX_TAIL - 1), -1):
        rest = word[cut:]
        ok = accepts.get(rest)
        if ok is None:
            ok = accepts[rest] = morph.accepts(rest)
        if not ok:
            continue
        stem = word[:cut]
        ids = index.lookup(stem)
        if not ids:
            for ending in morph.stem_endings:
                ids = index.lookup(stem + ending)
                if ids:
                    break
        if ids and stem not in common and len(stem) >= _MIN_STEM and rest not in surname_tails:
            return cut, ids
    return None


@cache
def _word_cities(lang: str) -> dict[str, tuple[int, tuple[int, ...]] | tuple[int, int, tuple[int, ...]] | None]:
    """Memo of `_single_city` per language: capitalised words repeat across documents."""
    return {}


@cache
def _barren_words(lang: str) -> set[str]:
    """The words `_city_hits` found to start no city (no city's first word, after no clitic prefix,
    no city alone), per language: passed over at once when they come back."""
    return set()


@cache
def _tails(lang: str) -> dict[str, bool]:
    """Memo of which word endings the language's morphology accepts after a name."""
    return {}


def _choose(hits: list[NameHit], length: int, second: int | None = None) -> list[NameHit]:
    """Longest non-overlapping hits; on a tie a hit before `second` (read with the text's vowel
    marks) beats one after it, then a lexicon name beats a city."""
    taken = bytearray(length + 1)
    chosen = []
    cut = len(hits) if second is None else second
    # (The keys made in one pass over the hits, each hit's `kind` read once.)
    keys = [(h.start - h.end, i >= cut, h.kind == PLACE, h.start) for i, h in enumerate(hits)]
    for hit in map(hits.__getitem__, sorted(range(len(hits)), key=keys.__getitem__)):
        if taken.find(1, hit.start, hit.end) >= 0:
            continue
        taken[hit.start:hit.end] = b"\x01" * (hit.end - hit.start)
        chosen.append(hit)
    chosen.sort(key=_start)
    return chosen


_start = attrgetter("start")
_first = itemgetter(0)


def _stands_for_country(text: str, hit: NameHit) -> bool:
    """An institution whose name fixes its country, written as a proper noun."""
    code = hit.payload.code
    first = text[hit.start]
    return bool(code) and gazetteer.is_country(code) and not lower_case(first)


def _place_id(hit: NameHit, countries: set[str]) -> int:
    if len(hit.geonameids) > 1:
        for gid in hit.geonameids:
            if gazetteer.city(gid).country in countries:
                return gid
    return hit.geonameids[0]


def _corroborated(text: str, folded: str, lang: str, hits: list[NameHit], countries: set[str],
                  starts: set[int]) -> list[NameHit]:
    """Drop sentence-initial city readings nothing supports ("Mobile networks failed").

    At the start of a sentence any word is capitalised, so a city there needs a
    dateline shape, a big population, or its country named in the document.
    """
    kept = []
    common = _country_common_words(lang)
    small = _small_common_places(lang)
    postings = _calendar_words(lang)[1]
    for hit in hits:
        if hit.kind == PLACE and folded[hit.start:hit.key_end] in small and not _place_cue(
                text, folded, lang, hit, countries, postings):
            continue        # "Reino", "Kamis", "البيان": a common word, and a small place nothing names
        initial = (hit.start in starts or hit.start == 0 or text[hit.start - 1] == "\n") \
            and not without_capitals(text[hit.start])      # no capital by position in Georgian
        # (A script without capitals capitalises nothing at a sentence start: "미국과" is Korea's name.)
        if initial and hit.kind == COUNTRY and folded[hit.start:hit.end] in common and _cased(text[hit.start]):
            continue        # "Того мнения ...": a common word, capitalised by position
        if hit.kind == PLACE and initial and not _DATELINE_AFTER.match(text, hit.end):
            cities = [gazetteer.city(g) for g in hit.geonameids]
            if not any(c.country in countries or c.population >= _BIG_CITY or _seat(c) for c in cities):
                continue
        kept.append(hit)
    return kept


def _place_cue(text: str, folded: str, lang: str, hit: NameHit, countries: set[str],
               postings: frozenset[str]) -> bool:
    """What makes a small place whose name is a common word a place: a posting word before it
    ("in", "di") or a locative ending on it, a dateline shape, or its country named in the document."""
    if any(gazetteer.city(g).country in countries for g in hit.geonameids):
        return True
    if (hit.start == 0 or text[hit.start - 1] == "\n") and _DATELINE_AFTER.match(text, hit.end):
        return True
    tail = folded[hit.key_end:hit.end].lstrip("'")
    if tail and tail in role_words(lang).locative_suffixes:
        return True                 # "Pazarda": a locative ending is the language's "in"
    before = _LAST_WORD.search(folded, max(0, hit.start - 40), hit.start)
    return before is not None and before.group(1) in postings


def _cased(ch: str) -> bool:
    """A letter a sentence start capitalises: not Hebrew or Arabic (no case at all), nor Han,
    Hangul or Devanagari ("ישראל האשימה ...", "إسرائيل" open a sentence as they stand anywhere)."""
    return ch.lower() != ch.upper() and not uncased_letter(ch)


@cache
def _country_common_words(lang: str) -> frozenset[str]:
    """Common words that are no country at a sentence start, but for the country names
    `places.toml` lists by hand (a stop list learnt from the news names its country: "polska")."""
    curated = {fold(name) for name in resources.load(lang, "places").get("countries", {})}
    return common_words(lang) - curated if curated else common_words(lang)


def _seat(city: gazetteer.City) -> bool:
    """A capital big enough that a sentence opening with it names its government ("Washington said")."""
    if city.population < _CAPITAL_CITY:
        return False
    seat = gazetteer.capital(city.country)
    return seat is not None and seat.geonameid == city.geonameid


def _dateline(text: str, hits: list[NameHit], places: dict[int, int]) -> str | None:
    for i, hit in enumerate(hits):
        if hit.start > _DATELINE_REACH:
            break
        if hit.kind != PLACE or (hit.start and text[hit.start - 1] != "\n"):
            continue
        if _DATELINE_AFTER.match(text, hit.end):
            return gazetteer.city(places[i]).country
    return None


@cache
def _word(lang: str) -> re.Pattern[str]:
    """A word of `lang`: letters and inner hyphens, and inner apostrophes where they are letters (Uzbek)."""
    inflection = resources.load(lang, "morphology").get("inflection", {})
    if inflection.get("gershayim_letter"):
        return _WORD_WITH_GERSHAYIM
    return _WORD_WITH_APOSTROPHE if inflection.get("apostrophe_letter") else _WORD


def find_names(text: str, lang: str, folded: str | None = None) -> tuple[list[NameHit], list[tuple[int, int]]]:
    """Every name and role word in `text` (chosen, non-overlapping) and the word spans.

    Vowel marks and tatweel ("بيانٌ", "الـرئيس") are read past: names and words are found in the
    text without them, and every offset points into `text` as written."""
    folded = fold(text) if folded is None else folded
    hits, tokens = _find_names(text, lang, folded)
    bare, at = without_vowel_marks(folded)
    if at is None:
        return _choose(hits, len(text)), tokens
    # The marks as written decide first ("عمّان" is Amman, "عُمان" Oman); what only the text
    # without them finds ("المتّحدة" as "المتحدة") comes second.
    read_bare, _ = _find_names("".join(text[i] for i in at[:-1]), lang, bare)
    found = len(hits)
    hits += [h._replace(start=at[h.start], end=at[h.end], key_end=at[h.key_end]) for h in read_bare]
    return _choose(hits, len(text), found), tokens


def _find_names(text: str, lang: str, folded: str) -> tuple[list[NameHit], list[tuple[int, int]]]:
    word = _word(lang)
    if _MARK.search(text) is None:
        word = _PLAIN_WORDS[word]
    tokens = list(map(_span, word.finditer(text)))
    hits = _lexicon_hits(text, folded, lang) + _city_hits(text, folded, tokens, lang)
    if _UNCASED.search(text) is not None:
        hits += [NameHit(h.start, h.end, h.key_end, _PLACE, h.payloads[0])
                 for h in unspaced_city_lexicon(lang).find_all(text, folded, past_marks=False)]
    hits += _pair_hits(text, folded, lang)
    return hits, tokens


@cache
def _pair_word(lang: str) -> tuple[re.Pattern[str], dict[str, list[str]]] | None:
    """Words that name two or three countries by a letter each ("한미", "북러"), and a pattern
    finding them standing alone or before a particle."""
    table = resources.load(lang, "demonyms")
    pairs = {fold(w): codes for w, codes in table.get("pairs", {}).items()}
    if not pairs:
        return None
    before = table.get("pairs_not_after")
    edge = rf"(?<![{before}])" if before else ""
    particles = resources.load(lang, "events").get("cues", {}).get("name_particles", [])
    tail = "|".join(re.escape(p) for p in sorted(particles, key=len, reverse=True)) or "(?!)"
    words = "|".join(re.escape(w) for w in sorted(pairs, key=len, reverse=True))
    if all(is_unspaced(w[0]) for w in pairs):
        # A script without spaces has no word edges to look for ("中欧贸易额": 中欧 before 贸).
        return re.compile(rf"{edge}(?:{words})"), pairs
    return re.compile(rf"{edge}(?<!\w)(?:{words})(?=(?:{tail})?(?!\w))"), pairs


def _pair_hits(text: str, folded: str, lang: str) -> list[NameHit]:
    """One country mention per letter of a pair word: "한미 양국" is South Korea and the US."""
    found = _pair_word(lang)
    if found is None:
        return []
    pattern, pairs = found
    hits = []
    for m in pattern.finditer(folded):
        codes = pairs[m.group()]
        letters = [m.start() + i for i, ch in enumerate(m.group()) if ch.isalpha()]    # "한·미"
        if len(codes) != len(letters):
            continue
        hits += [NameHit(at, at + 1, at + 1, Payload(COUNTRY if gazetteer.is_country(code) else ORG, code))
                 for at, code in zip(letters, codes)]
    return hits


@cache
def _given_countries(lang: str) -> tuple[frozenset[str], bool]:
    """Given names written like a country's name (`names.toml` `given_countries`: "Georgia", "جورجيا"),
    the language's and English's (whose names every lexicon matches), and whether the language writes an
    office right before its country's name (`country_after_role`: "رئيسة جورجيا", "Presiden Georgia")."""
    names: set[str] = set()
    for source in dict.fromkeys((lang, PIVOT)):
        names.update(fold(w) for w in resources.load(source, "names").get("given_countries") or ())
    return frozenset(names), bool(resources.load(lang, "names").get("country_after_role"))


def _given_names(text: str, folded: str, lang: str, hits: list[NameHit], tokens: list[tuple[int, int]]
                 ) -> set[int]:
    """Where a country's name is a person's given name ("Jordan Bardella", "جورجيا ميلوني": Giorgia, not
    Georgia): the starts of those hits, which are no country anywhere. The name, written as it stands
    (no case ending, no possessive: "Georgia's" is the country), is a given name when

    - another country's name or adjective stands right before it (the holder's country: "رئيسة وزراء
      إيطاليا جورجيا ميلوني", "Italian premier Georgia Meloni"), a list having a comma or "and" between;
    - a role word stands right before it, in a language that ties an office to its country otherwise
      (a preposition or case: "senator Georgia Ferrante" beside "the president of Georgia", "प्रधानमंत्री
      जॉर्जिया मेलोनी" beside "जॉर्जिया के प्रधानमंत्री");
    - or the word right after it is a surname: no name or role of the lexicons, no common word, and
      capitalised in a script with capitals ("Georgia Meloni"; "Georgia Dream" is no name: a common
      word, "Georgia's Dream" a possessive); in a script without capitals, where any word follows a
      name, the two words must sound like the whole name of someone in the office-holders table
      ("وقالت جورجيا ميلوني").

    In a language that writes an office right before its country (`country_after_role`), a role word right
    before the name keeps the country ("رئيسة جورجيا سالومي ...": Georgia's president, named next).
    """
    names, country_after_role = _given_countries(lang)
    if not names:
        return set()
    chosen = [h for h in hits if h.kind == COUNTRY and h.end == h.key_end and folded[h.start:h.end] in names]
    if not chosen:
        return set()
    ends = {h.end: h for h in hits}
    starts = {h.start: h for h in hits}
    token_at = {s: e for s, e in tokens}
    common = common_words(lang)
    out = set()
    for hit in chosen:
        before = hit.start          # where the spaces before the name begin
        while before > 0 and text[before - 1] in " \u00a0":
            before -= 1
        prior = ends.get(before) if before < hit.start else None
        if prior is not None and prior.kind in (COUNTRY, DEMONYM) and prior.payload.code != hit.payload.code:
            out.add(hit.start)
            continue
        if prior is not None and prior.kind == ROLE:
            if not country_after_role:
                out.add(hit.start)
            continue
        nxt = hit.end
        while nxt < len(text) and text[nxt] in " \u00a0":
            nxt += 1
        end = token_at.get(nxt)
        if nxt == hit.end or end is None or nxt in starts or folded[nxt:end] in common:
            continue
        first = text[nxt]
        if first.lower() != first.upper() and not without_capitals(first):
            if first.isupper() and not _title_case_line(text, hit.start):
                out.add(hit.start)
        elif (skeleton(text[hit.start:hit.end]), skeleton(text[nxt:end])) in officials.name_ends() \
                or _between_stops(text, folded, lang, tokens, hit.start, nxt, end):
            out.add(hit.start)
    return out


def _title_case_line(text: str, at: int) -> bool:
    """Whether the line holding `at` is written in title case, as English headlines are ("Georgia Protests
    Turn Violent"): three words or more, nearly all capitalised. There a capital letter says nothing of a
    surname."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = [w for w in text[start:end if end >= 0 else len(text)].split() if w[:1].isalpha()]
    if len(words) < 3:
        return False
    return sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _between_stops(text: str, folded: str, lang: str, tokens: list[tuple[int, int]], start: int, nxt: int,
                   end: int) -> bool:
    """Whether, in a script without capitals, the name at `start` and the one word after it (`nxt`..`end`)
    stand between two of the language's stop words, as a person's whole name does ("وقالت جورجيا ميلوني
    إن": said ... that), where a country as subject stands alone ("وقالت جورجيا إن")."""
    # (Imported here: the name finder of scripts without capitals reads this module's hits.)
    from ._uncased import is_stop, uncased
    cfg = uncased(lang)
    if cfg is None:
        return False
    i = bisect.bisect_left(tokens, (start, 0))
    if i == 0 or i + 2 >= len(tokens) or tokens[i + 1][0] != nxt:
        return False
    (b0, b1), (a0, a1) = tokens[i - 1], tokens[i + 2]
    if text[b1:start].strip() or text[end:a0] != " ":
        return False
    morph = morphology(lang)
    word = folded[nxt:end]
    return is_stop(folded[b0:b1], cfg, morph) and is_stop(folded[a0:a1], cfg, morph) \
        and not is_stop(word, cfg, morph)


@stage("entities", requires=("text", "sentences", "lang"), assigns=("entities",))
def run(doc: Document, settings: Settings) -> Document:
    """Find countries, organisations and cities in `doc.text`."""
    text = doc.text
    lang = (doc.lang or PIVOT).split("-")[0]
    folded = fold(text)
    hits, tokens = find_names(text, lang, folded)
    countries = {h.payload.code for h in hits if h.kind in (COUNTRY, DEMONYM) and h.payload.code}
    hits = _corroborated(text, folded, lang, hits, countries, {s for s, _ in doc.sentences})
    given = _given_names(text, folded, lang, hits, tokens)
    if given:
        hits = [h for h in hits if h.start not in given]
        countries = {h.payload.code for h in hits if h.kind in (COUNTRY, DEMONYM) and h.payload.code}
    places: dict[int, int] = {i: _place_id(h, countries) for i, h in enumerate(hits) if h.kind == PLACE}

    by_key: dict[tuple[str, object], Entity] = {}
    for i, hit in enumerate(hits):
        mention = Mention(hit.start, hit.end, text[hit.start:hit.end])
        if hit.kind in (COUNTRY, DEMONYM) and hit.payload.code:
            key: tuple[str, object] = ("country", hit.payload.code)
            if key not in by_key:
                by_key[key] = Entity("", "country", gazetteer.country_label(hit.payload.code),
                                     code=hit.payload.code)
        elif hit.kind == ORG and hit.payload.code:
            key = ("org", hit.payload.code)
            if key not in by_key:
                by_key[key] = Entity("", "org", org_label(hit.payload.code), code=hit.payload.code)
        elif hit.kind == INSTITUTION and _stands_for_country(text, hit):
            # "the Kremlin said", "Auswärtiges Amt": the office speaks for its country.
            key = ("country", hit.payload.code)
            if key not in by_key:
                by_key[key] = Entity("", "country", gazetteer.country_label(hit.payload.code),
                                     code=hit.payload.code)
        elif hit.kind == PLACE:
            gid = places[i]
            key = ("place", gid)
            if key not in by_key:
                city = gazetteer.city(gid)
                by_key[key] = Entity("", "place", city.name, country=city.country, geonameid=gid)
        else:
            continue
        by_key[key].mentions.append(mention)

    # "the Kingdom" alone: the kingdom named before it.
    add_back_references(text, folded, lang, list(by_key.values()))
    entities = sorted(by_key.values(), key=lambda e: e.mentions[0].start)
    for n, ent in enumerate(entities, start=1):
        ent.id = f"e{n}"
    doc.entities = entities
    doc.layers["name_hits"] = hits
    doc.layers["tokens"] = tokens
    doc.layers["folded"] = folded
    doc.layers["place_dateline"] = _dateline(text, hits, places)
    return doc
