"""The `officials` stage: people named next to a role, tied to the country they serve.

A personal name is a run of two to four capitalised words (particles such as
"de" or "van" allowed inside) that no name lexicon claims. It is an official
when a role chain (see `_role_chains`) touches it: before it ("Freedonian
deputy minister of trade Ada Quill", "Ruritania's Secretary of State Tomas
Varga") or after it ("Ada Quill, the Freedonian envoy").

Whom the person serves, first that applies: a country in the chain (not one
after a posting preposition or in a locative case), the institution's country
(a parliament's speaker), the role's own country ("Secretary of State"), a
"[country] side" in the same sentence, the dateline city's country; else null.

Later mentions (surname only, inflected, possessive) join the same entity.
"""

from __future__ import annotations

from bisect import bisect_right
import dataclasses
from difflib import SequenceMatcher
import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, islice, starmap
from operator import itemgetter
import re

from .. import resources
from ..deadline import check as check_deadline
from ..document import Document, Entity, Mention
from ..gazetteer import officials
from ..pipeline import stage
from ..settings import Settings
from ..text.fold import fold
from ..text.matcher import Lexicon, Morphology, morphology
from ._counting import most_named
from ._lexicons import COUNTRY, DEMONYM, INSTITUTION, PIVOT, QUALIFIER, ROLE, RoleWords, common_words, role_words
from ._name_cases import NameCases, decline_back, name_cases, strip_case, usual_order
from ..text.names import ascii_spelling, name_key, romanise, skeleton, without_unwritten
from ._common_words import common_phrase
from ._complements import complement_cut, place_cut, portfolios
from ._role_chains import (APOSTROPHES, Chain, after_connector, chain_after, chain_before, resolve, side_country,
                           sides)
from ..text.fold import is_han, is_unspaced
from ..text.spans import TokenAt, ending_at, starting_at
from ._uncased import (INSIDE_WORD, BesideRole, Uncased, bare_foreign_surname, beside_role, home_name, is_stop,
                       latin_name, names_beside_roles, office_words, offices, role_piece, runs_after_roles,
                       runs_before_roles, uncased)
from .entities import PLACE, NameHit

_MAX_NAME_WORDS = 4
_MAX_RUN_WORDS = 8           # a longer run of capitals is no name (a headline), and is cut
_MIN_SURNAME = 3             # a shorter capitalised word is not looked up as a surname
_MEMO_SIZE = 100_000         # capitalised words remembered per language (bounded memory)
_UNSEEN = object()
_SURNAMES: dict[str, dict[str, str | None]] = {}    # language -> word -> the surname it is, or None
# language -> folded word -> whether it may be a word of a name written with no role (`_holders_in_full`)
_NAME_WORDS: dict[str, dict[str, bool]] = {}


@dataclass
class NameRun:
    start: int
    end: int                 # end of the name itself
    mention_end: int         # with an apostrophe suffix ("Varga'yı")
    words: list[tuple[int, int]]


@dataclass
class Person:
    runs: list[NameRun]
    role: str | None
    country: str | None
    words: list[str]                  # the name's words in the nominative
    mentions: list[tuple[int, int]] = field(default_factory=list)
    display: str | None = None        # the office-holders table's spelling, when it knows them
    asked: bool = False               # the table was asked about the name already (beside its role)


def _name_runs(text: str, folded: str, tokens: list[tuple[int, int]], capitals: list[int], claimed: bytearray,
               words: RoleWords, initials: bool = False) -> list[NameRun]:
    """Runs of capitalised words (`capitals`: their token indices) not claimed by a name or role lexicon.

    With `initials` (names.toml), a one-letter capital and a dot joins the word after it, with or
    without a space ("У.Хүрэлсүх", "В. Путин").
    """
    runs: list[NameRun] = []
    current: list[tuple[int, int]] = []

    def close() -> None:
        if len(current) >= 2:
            words_ = current[:_MAX_RUN_WORDS]
            end = words_[-1][1]
            mention_end = end
            if end + 1 < len(text) and text[end] in APOSTROPHES and text[end + 1].isalpha():
                mention_end = end + 1
                while mention_end < len(text) and text[mention_end].isalpha():
                    mention_end += 1
            runs.append(NameRun(words_[0][0], end, mention_end, list(words_)))
        current.clear()

    def joined(a: int, b: int) -> bool:
        """Whether tokens a < b are one name: single spaces, only particles between."""
        for k in range(a + 1, b + 1):
            gap = text[tokens[k - 1][1]:tokens[k][0]]
            if initials and gap in (".", ". ") and tokens[k - 1][1] - tokens[k - 1][0] == 1:
                continue
            if tokens[k][0] - tokens[k - 1][1] != 1 or text[tokens[k - 1][1]] != " ":
                return False
            if k < b:
                s_, e_ = tokens[k]
                if folded[s_:e_] not in words.particles:
                    return False
        return True

    last = -1
    # Only capitalised words can start or extend a name: visit those alone.
    for i in [i for i in capitals if not claimed[tokens[i][0]]]:
        if current and not joined(last, i):
            close()
        if current and last + 1 < i:
            current.extend(tokens[last + 1:i])     # particles ("Ursula von der Leyen")
        current.append(tokens[i])
        last = i
    close()
    return runs


def _prefixed_capital(text: str, folded: str, start: int, end: int, prefixes: frozenset[str]) -> bool:
    """Whether a word is a surname with an article written onto it ("al-Sharaa", "eş-Şara"): it
    goes on a name as a capitalised word does ("Ahmed al-Sharaa" is one name, not "Ahmed")."""
    hyphen = text.find("-", start, end)
    return hyphen > start and hyphen + 1 < end and text[hyphen + 1].isupper() \
        and folded[start:hyphen] in prefixes


def _capital_words(text: str, folded: str, tokens: list[tuple[int, int]], prefixes: frozenset[str]) -> list[int]:
    """Indexes of the tokens that start with a capital or are a surname with an article written onto
    it (`_prefixed_capital`). Such an article needs a hyphen: only the words a hyphen is in are asked,
    found from the text's hyphens (no call per lower-case word)."""
    capitals = list(compress(range(len(tokens)), map(str.isupper, map(text.__getitem__, map(itemgetter(0), tokens)))))
    hyphen = text.find("-") if prefixes else -1
    if hyphen < 0:
        return capitals
    starts = [s_ for s_, _ in tokens]
    prefixed = set()
    while hyphen >= 0:
        i = bisect_right(starts, hyphen) - 1
        if i >= 0 and hyphen < tokens[i][1] and not text[starts[i]].isupper() \
                and _prefixed_capital(text, folded, tokens[i][0], tokens[i][1], prefixes):
            prefixed.add(i)
        hyphen = text.find("-", hyphen + 1)
    return sorted(capitals + list(prefixed)) if prefixed else capitals


def _pair_between(text: str, folded: str, end: int, start: int, words: RoleWords) -> bool:
    """Whether only a pairing word ("i", "and", "és") stands between two names."""
    between = folded[end:start]
    return text[end:end + 1] == " " and text[start - 1:start] == " " and between.strip() in words.pairs


def _split_runs(text: str, folded: str, runs: list[NameRun], words: RoleWords,
                office: frozenset[str] = frozenset()) -> list[NameRun]:
    """Two names side by side are two people ("Əli Əsədov Levan Beridze ilə").

    A run splits where a name written on its own elsewhere in the document
    begins or ends, or, for four words before a pairing word ("and", "ilə"),
    into two plus two. A run of more than four words is otherwise cut to four.
    """
    known = {tuple(folded[s:e] for s, e in r.words) for r in runs if len(r.words) <= 3}
    out: list[NameRun] = []
    for run in runs:
        if len(run.words) >= 2 and _acronym(text, run.words[0]) and not _acronym(text, run.words[1]):
            # An organisation's acronym before a name is none of it ("la CGT Philippe Martinez").
            rest = run.words[1:]
            if len(rest) < 2:
                continue
            run = NameRun(rest[0][0], run.end, run.mention_end, rest)
        keys = [folded[s:e] for s, e in run.words]
        # A particle before the words of a role's complement is no surname's ("Carola Schouten van
        # Landbouw": of Agriculture, from "minister van Landbouw"): the name ends before it.
        glued = next((k for k in range(2, len(keys) - 1) if keys[k] in words.particles
                      and all(w in office or w in words.particles for w in keys[k + 1:])), None)
        if glued is not None:
            run = NameRun(run.start, run.words[glued - 1][1], run.words[glued - 1][1], run.words[:glued])
            keys = keys[:glued]
        n = len(run.words)
        if keys[0] in words.buildings:
            continue           # "Palácio da Alvorada", "Élysée Palace": a building, no person
        cut = None
        # Particles do not count towards a name's length ("Luiz Inácio Lula da Silva"),
        # and a run with a particle inside is one name, not two side by side.
        keep = _name_tokens(keys, words.particles)
        one_name = keep == n and any(k in words.particles for k in keys)
        if n >= 4 and not one_name:
            for k in range(2, n - 1):
                if _known(keys[:k], known) or _known(keys[k:], known):
                    cut = k
                    break
            if cut is None and n == 4 and _next_word(text, folded, run.mention_end) in words.pairs:
                cut = 2
        if cut is None:
            out.append(NameRun(run.start, run.words[keep - 1][1],
                               run.mention_end if n <= keep else run.words[keep - 1][1],
                               run.words[:keep]))
            continue
        head, rest = run.words[:cut], run.words[cut:]
        out.append(NameRun(head[0][0], head[-1][1], head[-1][1], head))
        out.extend(_split_runs(text, folded, [NameRun(rest[0][0], run.end, run.mention_end, rest)], words, office)
                   if len(rest) >= 4 else [NameRun(rest[0][0], run.end, run.mention_end, rest)])
    return out


def _holder_named_from(text: str, start: int, tokens: list[tuple[int, int]], tok_by_start: TokenAt,
                       hits_by_end: dict[int, NameHit], day: dt.date | None, lang: str) -> bool:
    """Whether a country's name is the first name of an office holder named right after a role
    ("שר החוץ ישראל כ"ץ", "Foreign Minister Israel Katz"): the role's chain ends right before it,
    and it and the next word are the holder's name in the office-holders table."""
    ti = tok_by_start.get(start)
    if ti is None or ti + 1 >= len(tokens) or ti < 1:
        return False
    p = start
    while p > 0 and text[p - 1] == " ":
        p -= 1
    before = hits_by_end.get(p)
    if before is None or before.kind not in (ROLE, DEMONYM, QUALIFIER) or p == start:
        return False
    ns, ne = tokens[ti + 1]
    if ns - tokens[ti][1] != 1 or text[tokens[ti][1]] != " ":
        return False
    return officials.serving(text[start:ne], day, lang=lang) is not None


def _acronym(text: str, word: tuple[int, int]) -> bool:
    """A word of three or more capitals (an organisation's acronym, not "JD" nor "Xi")."""
    s, e = word
    return e - s >= 3 and text[s:e].isupper()


def _surname_after_first_name(text: str, hit: NameHit, tokens: list[tuple[int, int]],
                              tok_by_start: TokenAt, claimed: bytearray,
                              hits_by_end: dict[int, NameHit], complements: frozenset[str] = frozenset()) -> bool:
    """Whether a country or place name is the surname of a person named right after a
    role ("o primeiro-ministro de Portugal, Luís Montenegro", "președintele ucrainean
    Volodimir Zelenski"): a capitalised word that no entity claims stands right before
    it, and a comma, a role word or a demonym right before that. A title's portfolio word
    (`complements`) is no first name ("Menteri Energi Arab Saudi": Saudi Arabia's energy minister)."""
    ti = tok_by_start.get(hit.start)
    if ti is None or ti < 1:
        return False
    qs, qe = tokens[ti - 1]
    if hit.start - qe != 1 or text[qe] != " " or not text[qs].isupper() or claimed[qs] or qe - qs < 2 \
            or fold(text[qs:qe]) in complements:
        return False
    p = qs
    while p > 0 and text[p - 1] == " ":
        p -= 1
    if p > 0 and text[p - 1] == ",":
        return True
    role = hits_by_end.get(p)
    return role is not None and role.kind in (ROLE, DEMONYM)


def _surname_after_particle(text: str, folded: str, start: int, tokens: list[tuple[int, int]],
                            tok_by_start: TokenAt, tok_by_end: TokenAt, claimed: bytearray,
                            words: RoleWords) -> bool:
    """Whether a place right after a name particle ends a name ("Marcelo Rebelo de Sousa").

    It does when a capitalised word that is no entity of its own comes right before
    the particle (a place after "Universidade de" is still no name: no role names it).
    """
    ti = tok_by_start.get(start)
    if ti is None or ti < 2:
        return False
    ps, pe = tokens[ti - 1]
    qs, qe = tokens[ti - 2]
    return (folded[ps:pe] in words.particles and text[qs].isupper() and not claimed[qs]
            and qs > 0 and text[qs - 1] == " " and ps - qe == 1 and start - pe == 1)


def _longer_name(people: dict[str, Person], key: str, particles: frozenset[str]) -> Person | None:
    """A person named earlier in full whose name ends with this shorter one joined by a
    particle ("Luiz Inácio Lula da Silva" ... "Lula da Silva")."""
    parts = key.split()
    if len(parts) < 3 or not any(p in particles for p in parts[1:-1]):
        return None
    for full, person in people.items():
        if full.endswith(" " + key):
            return person
    return None


def _name_tokens(keys: list[str], particles: frozenset[str]) -> int:
    """How many of a run's words make one name: up to `_MAX_NAME_WORDS` words besides particles."""
    words = 0
    for i, key in enumerate(keys):
        if key not in particles:
            words += 1
            if words == _MAX_NAME_WORDS:
                return i + 1
    return len(keys)


def _known(keys: list[str], known: set[tuple[str, ...]]) -> bool:
    """Whether `keys` is a name written alone elsewhere (its last word maybe inflected here)."""
    for name in known:
        if len(name) == len(keys) and name[:-1] == tuple(keys[:-1]) and keys[-1].startswith(name[-1]):
            return True
    return False


def _next_word(text: str, folded: str, pos: int) -> str:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    end = pos
    while end < len(text) and (text[end].isalpha() or text[end] in APOSTROPHES):
        end += 1
    return folded[pos:end]


def _nominative(text: str, run: NameRun, case: str | None, cases: NameCases, seen) -> list[str]:
    """The run's words in the nominative: a governed case undone, a glued case ending cut."""
    parts = [text[s:e] for s, e in run.words]
    if case is not None:
        return [decline_back(w, case, i == len(parts) - 1, cases, seen) for i, w in enumerate(parts)]
    parts[-1] = strip_case(parts[-1], cases, seen)
    return parts


def _opens_name(text: str, folded: str, hit: NameHit, tokens: list[tuple[int, int]],
                tok_by_start: TokenAt, tok_by_end: TokenAt,
                hits_by_end: dict[int, NameHit], words: RoleWords, cases: NameCases) -> bool:
    """Whether a word read as an inflected city is rather a first name after a role.

    It is when a role chain ends right before it and the capitalised words after
    it are too few to be a name on their own ("министр Андрей Соколов", but not
    "мэр Москвы Сергей Собянин", whose city stays a city).
    """
    ti = tok_by_start.get(hit.start)
    if ti is None or tokens[ti][1] != hit.end:
        return False
    following = 0
    for k in range(ti + 1, min(ti + _MAX_NAME_WORDS, len(tokens))):
        s_, e_ = tokens[k]
        if s_ - tokens[k - 1][1] != 1 or text[tokens[k - 1][1]] != " " or not text[s_].isupper():
            break
        following += 1
    if following != 1:
        return False
    chain = resolve(chain_before(text, hit.start, hits_by_end, tokens, tok_by_end, words), text, folded,
                    words, cases)
    return chain.role is not None


@stage("officials", requires=("entities",), assigns=("people",))
def run(doc: Document, settings: Settings) -> Document:
    """Add a person entity for every official named next to a role."""
    text = doc.text
    lang = (doc.lang or PIVOT).split("-")[0]
    hits: list[NameHit] = doc.layers.get("name_hits", [])
    tokens: list[tuple[int, int]] = doc.layers.get("tokens", [])
    if not text or not tokens:
        return doc
    words = role_words(lang)
    cases = name_cases(lang)
    folded = doc.layers.get("folded") or fold(text)
    claimed = bytearray(len(text) + 1)
    tok_by_end, tok_by_start = ending_at(tokens), starting_at(tokens)
    hits_by_end = {h.end: h for h in hits}
    released: list[tuple[int, int]] = []     # country names read as surnames ("Luís Montenegro")
    day = _published(doc)
    for hit in hits:
        if hit.kind in (COUNTRY, PLACE) and _surname_after_first_name(text, hit, tokens, tok_by_start, claimed,
                                                                      hits_by_end, portfolios(lang)):
            if hit.kind == COUNTRY:
                released.append((hit.start, hit.end))
            continue
        if hit.kind == COUNTRY and _holder_named_from(text, hit.start, tokens, tok_by_start, hits_by_end, day,
                                                      lang):
            released.append((hit.start, hit.end))      # "ישראל כ"ץ", "Israel Katz": a first name
            continue
        # An inflected city ("в Москве") or one after a preposition ("в Баку") is no
        # first name; a bare one may be ("Victoria"), and so may an inflected-looking
        # one that opens a name right after a role ("министр Андрей Соколов").
        if hit.kind != PLACE:
            claimed[hit.start:hit.end] = b"\x01" * (hit.end - hit.start)
        elif tok_by_start.get(hit.start) is None and _after_preposition(text, folded, hit.start, lang):
            # "בדבלין", "ובאוסלו": a city with a preposition written onto it is where, no first name.
            claimed[hit.start:hit.end] = b"\x01" * (hit.end - hit.start)
        elif after_connector(text, hit.start, tokens, tok_by_end, words) and not _surname_after_particle(
                text, folded, hit.start, tokens, tok_by_start, tok_by_end, claimed, words):
            claimed[hit.start:hit.end] = b"\x01" * (hit.end - hit.start)
        elif hit.key_end < hit.end and not _opens_name(text, folded, hit, tokens, tok_by_start, tok_by_end,
                                                       hits_by_end, words, cases):
            claimed[hit.start:hit.end] = b"\x01" * (hit.end - hit.start)
    cfg = uncased(lang)
    if cfg is not None:
        people = _uncased_people(doc, folded, tokens, hits, claimed, hits_by_end, tok_by_end, words, cases,
                                 cfg, day, lang)
        if people:
            _link_mentions(doc, people, lang, folded, released)
        return doc
    capitals = _capital_words(text, folded, tokens, words.prefixes)
    if words.honorifics:
        for i in capitals:
            s_, e_ = tokens[i]
            if folded[s_:e_] in words.honorifics:
                claimed[s_:e_] = b"\x01" * (e_ - s_)      # "Frau", "Madame", "General": no word of the name
    runs = _split_runs(text, folded, _name_runs(text, folded, tokens, capitals, claimed, words, cases.initials),
                       words, office_words(lang))
    run_starts = {r.start for r in runs}
    hits_by_start = {h.start: h for h in hits}
    dateline = doc.layers.get("place_dateline")
    capitalised: set[str] | None = None

    def seen(form: str) -> bool:
        nonlocal capitalised
        if capitalised is None:
            capitalised = {folded[tokens[i][0]:tokens[i][1]] for i in capitals}
        return form in capitalised

    side_codes = sides(hits, text)
    people: dict[str, Person] = {}
    taken_after: set[int] = set()        # role hits a name before them took (role_after_name)
    paired: tuple[int, Chain] | None = None    # where the last name with a role ended, and its chain
    trimmed: dict[int, NameRun | None] = {}    # runs cut to their name (None: no name left), by start
    for nr in runs:
        check_deadline()
        kept = place_cut(folded, nr.words, hits_by_start, lang, _next_word(text, folded, nr.mention_end),
                         # (the table's surname as written or with a case ending: no stem a name ending
                         # would leave of a city's name, "Ошто")
                         lambda w: officials.known_surname(strip_case(w, cases, _never_seen), lang))
        if kept is not None:
            # "... Basra Körfezi", "Lương Cường Bắc Kinh": a place's name or a seat city ends the name.
            trimmed[nr.start] = None if kept < 2 else NameRun(nr.start, nr.words[kept - 1][1],
                                                              nr.words[kept - 1][1], nr.words[:kept])
            if kept < 2:
                continue
            nr = trimmed[nr.start] or nr
        if words.role_after_name:
            # The role follows the name it belongs to ("Sulyok Tamás köztársasági elnök Novák
            # Katalinnal"): the chain after a name first, and a chain the name before took is not
            # read again as the next name's.
            elements = chain_after(text, nr.mention_end, hits_by_start, tokens, tok_by_start, words, set())
            chain = resolve(elements, text, folded, words, cases)
            if chain.role is not None:
                taken_after.update(h.start for _, h in elements if h is not None)
            else:
                elements = chain_before(text, nr.start, hits_by_end, tokens, tok_by_end, words)
                if any(h is not None and h.start in taken_after for _, h in elements):
                    elements = []
                chain = resolve(elements, text, folded, words, cases)
        else:
            crossed: list[tuple[int, int]] = []
            elements = chain_before(text, nr.start, hits_by_end, tokens, tok_by_end, words, crossed)
            chain = resolve(elements, text, folded, words, cases)
            for a, b in crossed if chain.role is not None else ():
                # "the head of the union Cartel Alfa, Ada Quill": the body's name is no person.
                for key in [k for k, p in people.items() if all(a <= r.start and r.end <= b for r in p.runs)]:
                    del people[key]
            cut = complement_cut(text, folded, nr.words, elements, lang, bool(cases.governed)) \
                if chain.role is not None else 0
            if cut:
                # "Chancellor of the Exchequer Ada Quill": the title's complement opens the run; the
                # words left may still be a surname alone ("ministro della Difesa Quill").
                if len(nr.words) - cut < 2:
                    trimmed[nr.start] = None
                    continue
                trimmed[nr.start] = nr = NameRun(nr.words[cut][0], nr.end, nr.mention_end, nr.words[cut:])
            if chain.role is None:
                elements = chain_after(text, nr.mention_end, hits_by_start, tokens, tok_by_start, words,
                                       run_starts)
                chain = resolve(elements, text, folded, words, cases)
        if chain.role is None and paired is not None and _pair_between(text, folded, paired[0], nr.start, words):
            # "posłów Mariusza Kamińskiego i Macieja Wąsika": the second of two names joined by "and"
            # under one role holds it too.
            chain = dataclasses.replace(paired[1], counterpart=False)
        if chain.role is not None:
            paired = (nr.mention_end, chain)
        country = chain.country or chain.fallback or side_country(doc, side_codes, nr.start)
        if country is None and not chain.counterpart:
            # A known office holder named in full, with or without a role ("Sergei Lavrov said").
            name = _nominative(text, nr, chain.case, cases, seen)
            holder = officials.serving(" ".join(usual_order(name, cases)), day, lang=lang)
            if holder is None and len(name) >= 2:
                # An inflected name the text never writes bare ("с Си Цзиньпином", "Ильхаму Алиеву"): its
                # case endings are cut when the table knows the rest as a surname and the whole as a name.
                bare = _bare_surname(name[-1], cases, words, lang)
                if bare != name[-1]:
                    for first in _bare_forms(name[0], words):
                        found = officials.serving(" ".join([first, *name[1:-1], bare]), day, lang=lang)
                        if found is not None:
                            holder, name = found, [first, *name[1:-1], bare]
                            break
            if holder is None and chain.role is None:
                continue
            country = holder.country if holder is not None else dateline
            if country is None and chain.role in _domestic_roles():
                # An opposition politician, activist or journalist in an article about one country
                # ("... detained in Moscow on his return to Russia").
                country = _main_country(doc)
        elif chain.role is None:
            continue
        else:
            name = _nominative(text, nr, chain.case, cases, seen)
            if country is None and chain.role in _domestic_roles():
                # "Лидер оппозиции ... задержан" under a Moscow dateline, or in an article about
                # one country ("... detained at a Moscow airport on his return to Russia").
                country = dateline
        key = fold(" ".join(name))
        person = people.get(key) or _longer_name(people, key, words.particles)
        if person is None:
            people[key] = Person([nr], chain.role, country, name)
        else:
            person.runs.append(nr)
            person.country = person.country or country
            # A headline names the person bare; the lead gives the role ("Russian President ...").
            person.role = person.role or chain.role

    side = beside_role(lang)
    if side is not None:
        _beside_roles(doc, hits, tokens, claimed, side, words, cases, day, lang, side_codes, dateline, people)
    if trimmed:
        runs = [r for r in (trimmed.get(r.start, r) for r in runs) if r is not None]
    _surnames(doc, tokens, capitals, claimed, runs, hits_by_end, tok_by_end, words, cases, day, lang,
              people)
    if not people:
        return doc
    _table_spellings(people, day, lang, cases)
    _link_mentions(doc, people, lang, folded, released)
    return doc


def _after_preposition(text: str, folded: str, start: int, lang: str) -> bool:
    """Whether the letters written before `start` in its word are a preposition of place, maybe after
    the conjunction ("ב", "וב"), in a script without capitals: "מוחמד" holds no "מו" + "חמד"."""
    preps = _place_prepositions(lang)
    if not preps:
        return False
    k = start
    while k > 0 and text[k - 1].isalnum() and start - k < 3:
        k -= 1                      # the letters written onto the word before the city
    before = folded[k:start]
    return before in preps or before[:1] in _conjunction_prefixes(lang) and before[1:] in preps


@lru_cache(maxsize=64)
def _place_prepositions(lang: str) -> frozenset[str]:
    """The prepositions of place written onto a word (events.toml cues), for scripts without capitals."""
    if uncased(lang) is None:
        return frozenset()
    cues = resources.load(lang, "events").get("cues", {})
    words = [*cues.get("locative_prepositions", []), *cues.get("destination_prepositions", [])]
    return frozenset(fold(w) for w in words if len(w) == 1)


@lru_cache(maxsize=64)
def _conjunction_prefixes(lang: str) -> frozenset[str]:
    cues = resources.load(lang, "events").get("cues", {})
    return frozenset(fold(w) for w in cues.get("conjunction_prefixes", []))


def _named_countries(doc: Document) -> frozenset[str]:
    """The countries the article names, itself or by a place in it."""
    return frozenset(code for ent in doc.entities
                     if (code := ent.code if ent.kind == COUNTRY else ent.country if ent.kind == PLACE else None))


def _main_country(doc: Document) -> str | None:
    """The country an article is about: the one its countries and places name most often (twice
    at least), when no other is named as often; None for an article about two countries alike."""
    return most_named(((code, len(ent.mentions), 0) for ent in doc.entities
                       if (code := ent.code if ent.kind == COUNTRY else ent.country if ent.kind == PLACE else None)),
                      at_least=2, tie="none")


@lru_cache(maxsize=1)
def _domestic_roles() -> frozenset[str]:
    """Roles of people outside the state (en roles.toml `domestic`)."""
    return frozenset(resources.load(PIVOT, "roles").get("domestic", []))


def _table_spellings(people: dict[str, Person], day: dt.date | None, lang: str, cases: NameCases) -> None:
    """Give a person the office-holders table's usual spelling when the table knows them.

    A name written in a local spelling ("Donald Tramp", "Wolodymyr Selenskyj", "Си Цзиньпин")
    is the holder whose name the table indexes so, or else the holder serving the person's
    country whose names sound like it (`officials.named_after_role`: surname skeleton, and the
    given name or the role's office that day). The whole name must be used up: a longer name
    is someone else. This is what makes one official of the same person named in many scripts.
    """
    for person in people.values():
        # (A name in Han, kana or Hangul was asked of the table beside its role already.)
        if person.display is not None or person.asked or len(person.words) < 2:
            continue
        found = _table_holder(tuple(usual_order(person.words, cases)), person.country, person.role, day, lang)
        if found is not None:
            person.display = found.name
            # "Sulyok Tamás államfő": the role says no country, the table's holder does.
            person.country = person.country or found.country


@lru_cache(maxsize=8192)
def _table_holder(ordered: tuple[str, ...], country: str | None, role: str | None, day: dt.date | None,
                  lang: str) -> officials.Holder | None:
    """The table's spelling of a person so named, serving `country` in `role` (see `_table_spellings`);
    remembered: the same officials come back in article after article."""
    holder = officials.serving(" ".join(ordered), day, lang=lang)
    if holder is not None and country not in (None, holder.country):
        holder = None
    if holder is None and country is not None and officials.may_name(ordered, country):
        role_offices = offices(role) if role else None
        found = officials.named_after_role(list(ordered), day, country=country, offices=role_offices, unique=True)
        if found is not None and found[1] == len(ordered) and _witnessed(found[0], list(ordered), role_offices,
                                                                         day, lang):
            holder = found[0]
    return holder


def _uncased_people(doc: Document, folded: str, tokens: list[tuple[int, int]], hits: list[NameHit],
                    claimed: bytearray, hits_by_end: dict[int, NameHit], tok_by_end: TokenAt,
                    words: RoleWords, cases: NameCases, cfg: Uncased, day: dt.date | None,
                    lang: str) -> dict[str, Person]:
    """People named after a role in a script without capitals (see `_uncased`).

    Names of two words or more come first; a single word is then a person only when it is the
    surname of one of them ("לברוב" after "סרגיי לברוב"), or the office-holders table knows it
    as a holder of the role's offices: else it is most often a word of the role itself
    ("مستشار الأمن الوطني", "وزیر امور خارجه"), not a name.
    """
    text = doc.text
    morph = morphology(*dict.fromkeys((lang, PIVOT)))
    dateline = doc.layers.get("place_dateline")
    side_codes = sides(hits, text)
    hits_by_start = {h.start: h for h in hits}
    tok_by_start = starting_at(tokens)
    candidates: list[tuple[list[tuple[int, int]], Chain, bool]] = []    # (words, chain, no comma before a role)
    for chain_end, name_words in runs_after_roles(text, folded, tokens, hits, claimed, cfg, morph):
        chain = resolve(chain_before(text, chain_end, hits_by_end, tokens, tok_by_end, words), text, folded,
                        words, cases)
        if chain.role is not None:
            candidates.append((name_words, chain, False))
    uncomma = dataclasses.replace(words, role_after_name=True)
    for name_words, comma in runs_before_roles(text, folded, tokens, hits, claimed, cfg, morph):
        chain = resolve(chain_after(text, name_words[-1][1], hits_by_start, tokens, tok_by_start,
                                    words if comma else uncomma, set()), text, folded, words, cases)
        if chain.role is not None:
            candidates.append((name_words, dataclasses.replace(chain, counterpart=False), not comma))
    candidates.sort(key=lambda c: (len(c[0]) == 1, c[0][0][0]))
    places = {h.start for h in hits if h.kind == PLACE}
    people: dict[str, Person] = {}
    for name_words, chain, unsure in candidates:
        check_deadline()
        if any(r.start <= name_words[0][0] < r.end for p in people.values() for r in p.runs):
            continue      # "שר החוץ ישראל כ"ץ הודיע": a name's own surname and the verb after it, no other name
        country = chain.country or chain.fallback
        role_offices = offices(chain.role) if chain.role else None
        if chain.counterpart:
            if chain.country is None:
                country = None
            # "his counterpart": the office of the person named before.
            before = [p for p in people.values() if p.role and p.runs[0].start < name_words[0][0]]
            role_offices = offices(before[-1].role) if before and before[-1].role else None
        written = [text[s:e] for s, e in name_words]
        written = written[:-1] + [cfg.base(written[-1])]
        if cfg.coordinated and not unsure and len(written) > 2 and fold(written[0]).startswith(cfg.coordinated):
            # "שר התרבות והספורט ...": "and the sport" goes on the role; the name follows.
            name_words, written = name_words[1:], written[1:]
        if role_piece(written, lang, cfg):
            continue                 # "مشاور امنیت ملی": the rest of a role, no name
        if len(name_words) == 1:
            known = _surname_of(people, written[0], lang)
            if known is not None:
                known.runs.append(NameRun(name_words[0][0], name_words[0][1], name_words[0][1], name_words))
                known.role = known.role or chain.role
                continue
        found = _named_in_full(written, day, country, lang)
        spelled = found is not None        # the table spells the name as written
        if found is None and unsure:
            # A name's genealogy may go on past the table's spelling ("فيصل بن فرحان بن عبدالله"):
            # the name up to a particle, longest first.
            for k in range(len(written) - 2, 1, -1):
                if fold(written[k]) in cfg.particles and fold(written[k - 1]) not in cfg.particles:
                    found = _named_in_full(written[:k], day, country, lang)
                    if found is not None:
                        name_words, written = name_words[:k], written[:k]
                        break
        if found is None and unsure:
            # Read leftwards with no comma to end it, the run may open with a word of the clause.
            for k in range(1, len(written) - 1):
                found = _named_in_full(written[k:], day, country, lang)
                if found is not None:
                    name_words, written = name_words[k:], written[k:]
                    break
            if found is None and chain.country is not None and role_offices and day is not None:
                # "<full name> وزیر امور خارجه عراق": the country stated after the role, and a holder of
                # the role's offices for it whose every name sounds like the written words, to the last.
                for k in range(0, len(written) - 1):
                    sure = officials.named_after_role(written[k:], day, country=chain.country,
                                                      offices=role_offices, strict=True)
                    if sure is not None and sure[1] == len(written) - k and sure[0].gap(day, role_offices) == 0:
                        found, name_words, written = sure, name_words[k:], written[k:]
                        break
            if found is None:
                continue             # a name right before a role with no comma: only one the table spells so
        guesses = tuple(g for g in dict.fromkeys((dateline, cfg.home)) if g) if country is None else ()
        if found is None and role_offices and day is not None:
            # "הנשיא הרצוג": a bare role, and the home country's holder of it that day (first:
            # a namesake who held another office long ago is no match).
            for guess in guesses:
                found = found or officials.named_after_role(written, day, country=guess, offices=role_offices)
                if found is not None and (found[0].gap(day, role_offices) != 0
                                          or len(skeleton(written[found[1] - 1])) < 2
                                          or not _surely_in_office(found[0], day, role_offices)):
                    found = None      # (a one-letter sound is too weak a witness with a guessed country: "די")
        for guess in guesses:
            # No country stated: the dateline's, or the press's own country's, if the whole
            # name is one of its office holders.
            if found is None:
                found = officials.named_after_role(written, day, country=guess, offices=role_offices, strict=True)
                if found is not None and not _liquids_agree(written[:found[1]], found[0]):
                    found = None  # "רון מלכה" (r, l) is no Ilan Mor (l, r), though a skeleton merges r and l
        if found is None and country is None and role_offices and day is not None:
            # "סגנית הנשיא קמלה האריס": a bare role, and the one holder of its offices that day, in one of
            # the countries the article names, whose whole name this is (a namesake elsewhere is not).
            found = _in_named_country(written, day, role_offices, hits, guesses)
        if found is None and country is None and role_offices and day is not None:
            # "הנשיא טראמפ הבטיח": a bare role, a surname, and the clause going on after it: the one
            # holder of the role's offices that day, anywhere, whose surname the first word is.
            holder = officials.surname_in_office(written, day, role_offices)
            found = (holder, 1) if holder is not None else None
        if found is None:
            found = officials.named_after_role(written, day, country=country, offices=role_offices)
            if found is not None and found[1] < len(written) and day is not None \
                    and found[0].gap(day, role_offices) != 0:
                # The name goes on past the holder's surname ("علي أكبر أحمديان" is no Ali Akbari),
                # and the holder is not the one in the role's office that day: someone else.
                found = None
            if found is not None and country is None and not _words_agree(written[:found[1] - 1], found[0]):
                found = None      # anyone in the world: "ג'יי די ואנס" is no José Maria Neves ("די")
        if found is None and cfg.complements and not unsure and written[0].startswith(cfg.complements):
            continue              # "שר המדינה לסחר חוץ": the role's complement ("for foreign trade"), no name
        display = None
        if found is not None and not spelled and found[1] == 1 and name_words[0][0] in places:
            # "ელჩი ბათუმი": one word, a known place, that the table's names only sound like, is no one
            # (a city opening a longer name may be a given name: "ولادیمیر پوتین").
            continue
        if found is not None:
            holder, length = found
            name_words = name_words[:length]
            display, country = holder.name, country or holder.country
        else:
            # No capital tells a first name from a city: the table knowing none, a city ends the
            # name ("प्रधानमंत्री मास्को पहुंचे" is a visit).
            name_words = name_words[:next((k for k, (s_, _) in enumerate(name_words) if s_ in places),
                                          len(name_words))]
            if len(name_words) <= 1:
                continue
            if common_phrase([text[s_:e_] for s_, e_ in name_words], lang):
                continue          # "... مورد بررسی قرار گرفت": a verb phrase after the title, no name
        country = country or side_country(doc, side_codes, name_words[0][0])
        if country is None and display is None and not chain.counterpart:
            country = cfg.home    # "שר הביטחון יואב גלנט": a bare role is most often the press's own country's
        _add_person(people, text, name_words, chain.role, country, display, cfg)
    if day is not None:
        _holders_in_full(doc, folded, tokens, hits, claimed, cfg, morph, day, dateline, people)
    return people


_HOLDER_WORDS = (3, 2)       # an office holder named with no role: the name's words, longest first
_HOLDER_SOUNDS = 3           # and their first and last words' skeletons' letters, at least (a leader's)
_OTHER_HOLDER_SOUNDS = 5     # (anyone else's: "קמלה האריס")
_EVERY_OFFICE = frozenset({"head_of_state", "head_of_government", "foreign_minister", "deputy_foreign_minister",
                           "trade_minister", "economy_minister", "defence_minister", "ambassador",
                           "other_minister", "other", "head_of_organisation"})


def _holders_in_full(doc: Document, folded: str, tokens: list[tuple[int, int]], hits: list[NameHit],
                     claimed: bytearray, cfg: Uncased, morph: Morphology, day: dt.date, dateline: str | None,
                     people: dict[str, Person]) -> None:
    """Office holders named in full with no role ("נתניהו נפגש עם ג'ו ביידן"), in a script without
    capitals: two or three words in a row that sound like the whole name of someone in office on
    the article's day (first word and last, in one of the table's spellings), serving a country the
    article names (a country, demonym, institution or place), the dateline's or the press's own. No
    stop word, title or word of a role or institution ("عالی" of "شورای عالی امنیت ملی") is part of
    such a name, nor a common word with clitics written onto it ("בבית": in the house); a given name
    may be a common word ("בנימין"), the surname not."""
    text = doc.text
    codes = [c for c in dict.fromkeys((
        cfg.home, dateline, *(h.payload.code for h in hits if h.kind in (COUNTRY, DEMONYM, INSTITUTION)),
        *(e.country for e in doc.entities if e.kind == PLACE))) if c]
    if not codes:
        return
    taken = bytearray(len(text) + 1)
    for person in people.values():
        for nr in person.runs:
            taken[nr.start:nr.end] = b"\x01" * (nr.end - nr.start)
    lang = (doc.lang or PIVOT).split("-")[0]
    common, office = common_words(lang), office_words(lang)
    # The text's words, across a geresh or joiner ("ג'ו"), their skeletons, and whether a single
    # space follows each. Whether a word can be a name's is asked only of the words of a window
    # whose ends sound like a spelling in the table (most have none).
    if any(ch in text for ch in INSIDE_WORD):
        spans: list[tuple[int, int]] = []
        ti, count = 0, len(tokens)
        while ti < count:
            s, e = tokens[ti]
            while ti + 1 < count and tokens[ti + 1][0] - e == 1 and text[e] in INSIDE_WORD:   # (`glued_end`)
                ti += 1
                e = tokens[ti][1]
            spans.append((s, e))
            ti += 1
    else:
        spans = tokens
    # (Over every word of the text: built by `map` over the spans, no Python loop.)
    sounds = list(map(skeleton, map(text.__getitem__, starmap(slice, spans))))
    spaced = list(map(" ".__eq__, map(text.__getitem__, map(slice, map(itemgetter(1), spans),
                                                             map(itemgetter(0), islice(spans, 1, None)))))) + [False]
    usable: list[bool | None] = [None] * len(spans)

    name_words = _NAME_WORDS.setdefault(lang, {})

    def can_be(k: int) -> bool:
        ok = usable[k]
        if ok is None:
            s, e = spans[k]
            ok = e - s >= 2 and claimed.find(1, s, e) < 0 and taken.find(1, s, e) < 0
            if ok:
                word = folded[s:e]
                ok = name_words.get(word)
                if ok is None:
                    ok = (word not in cfg.titles and not is_stop(word, cfg, morph)
                          and not _prefixed_common(word, common, morph) and word not in office)
                    if len(name_words) >= _MEMO_SIZE:
                        name_words.clear()
                    name_words[word] = ok
            usable[k] = ok
        return ok

    # The windows whose ends sound like a spelling in the table, spaced by single spaces, whose last
    # word is no common word ("בבית הלבן"), all found at once; the rest is asked of these alone.
    ends = officials.name_ends()
    common_at = list(map(common.__contains__, map(folded.__getitem__, starmap(slice, spans))))
    starts = {i for i in compress(range(len(sounds)), map(ends.__contains__, zip(sounds, islice(sounds, 1, None))))
              if spaced[i] and not common_at[i + 1]}
    triples = {i for i in compress(range(len(sounds)), map(ends.__contains__, zip(sounds, islice(sounds, 2, None))))
               if spaced[i] and spaced[i + 1] and not common_at[i + 2]}
    free = 0                      # the first word no name found takes
    for i in sorted(starts | triples):
        if i < free:
            continue
        found = None
        for n in _HOLDER_WORDS:
            if i not in (triples if n == 3 else starts) or not all(can_be(k) for k in range(i, i + n)):
                continue          # (a given name may be a common word, "בנימין"; a surname not)
            written = [text[a:b] for a, b in spans[i:i + n]]
            found = _holder_in_full(tuple(written), day, tuple(codes))
            if found is not None:
                break
        if found is not None:
            _add_person(people, text, spans[i:i + n], None, found.country, found.name, cfg)
            free = i + n


def _liquids(word: str) -> str:
    """The r and l of a word spelled in Latin letters, in order (a skeleton merges them)."""
    return "".join(ch for ch in ascii_spelling(word).lower() if ch in "rl")


def _liquids_agree(written: list[str], holder: officials.Holder) -> bool:
    """Whether a name's first and last words have the r and l of the holder's given name and surname
    in one of the table's spellings. A script that writes both apart (Hebrew, Arabic) keeps them
    apart; Han, kana and Hangul do not, and are not asked."""
    if any(is_unspaced(ch) or "\uac00" <= ch <= "\ud7a3" for w in written for ch in w):
        return True
    ends = (_liquids(written[0]), _liquids(written[-1]))
    for spelling in officials.spellings(holder):
        parts = spelling.split()
        if len(parts) >= 2 and (_liquids(parts[0]), _liquids(parts[-1])) == ends:
            return True
    return len(written) < 2


def _words_agree(written: list[str], holder: officials.Holder) -> bool:
    """Whether each word before a name's surname sounds like one of the holder's names in one of the
    table's spellings (a word with no sound of its own, a particle, agrees)."""
    names = {skeleton(w) for spelling in officials.spellings(holder) for w in spelling.split()}
    return all(not (form := skeleton(w)) or form in names for w in written)


_HEADS = frozenset({"head_of_state", "head_of_government"})


def _surely_in_office(holder: officials.Holder, day: dt.date, offices_: frozenset[str] | None = None) -> bool:
    """Whether `holder` holds an office (of `offices_`) on `day` by a term that ended, or by one the
    table left open that began after their last term ended (a minister who was premier after it)
    and, a minister's, after the government of the day took office (the table's open terms are
    those of its last snapshot: a minister of a government since replaced is one no more)."""
    ended = max((t.end for t in holder.terms if t.end is not None), default=None)
    government = None
    for t in holder.terms:
        if t.gap(day) != 0 or offices_ is not None and t.office not in offices_:
            continue
        if t.end is not None or t.office in _HEADS:
            return True
        if ended is not None and (t.start is None or t.start < ended):
            continue
        if government is None:
            head = officials.holding(frozenset({"head_of_government"}), holder.country, day)
            government = max((h.start for h in head.terms if h.office == "head_of_government" and h.gap(day) == 0
                              and h.start is not None), default=dt.date.min) if head is not None else dt.date.min
        if t.start is None or t.start >= government:
            return True
    return False


def _prefixed_common(word: str, common: frozenset[str], morph: Morphology) -> bool:
    """Whether `word` is a common word with clitic prefixes written onto it ("בבית", "והלבן")."""
    return any(morph.after_prefixes(word[:cut]) and word[cut:] in common for cut in range(1, min(4, len(word) - 1)))


@lru_cache(maxsize=8192)
def _holder_in_full(written: tuple[str, ...], day: dt.date, codes: tuple[str, ...]) -> officials.Holder | None:
    """The one holder in office on `day`, serving one of `codes`, whose whole name `written` sounds
    like in one of the table's spellings (first word and last), or None (see `_holders_in_full`)."""
    first, last = skeleton(written[0]), skeleton(written[-1])
    if not first or len(last) < 2 or len(first) + len(last) < _HOLDER_SOUNDS:
        return None               # short sounds are too many words' ("בבית הלבן" is no David Barnea)
    ends = officials.name_ends().get((first, last))
    if ends is None:
        return None               # (the test at the end, for every holder at once)
    # Only a country one of the holders so spelled serves, in office that day, can give one.
    serving = {holder.country for holder in ends if holder.country in codes and holder.gap(day) == 0}
    found: dict[str, officials.Holder] = {}
    for code in codes:
        if code not in serving:
            continue
        match = officials.named_after_role(list(written), day, country=code, offices=_EVERY_OFFICE)
        if match is None or match[1] != len(written) or match[0].gap(day) != 0:
            continue
        holder = match[0]
        if len(first) + len(last) < _OTHER_HOLDER_SOUNDS and holder.gap(day, officials.LEADING_OFFICES) != 0 \
                or not _surely_in_office(holder, day):
            continue              # short sounds name a leader only ("ג'ו ביידן")
        if not _liquids_agree(list(written), holder):
            continue
        for spelling in officials.spellings(holder):
            parts = spelling.split()
            if len(parts) >= 2 and skeleton(parts[0]) == first and last in (
                    skeleton(parts[-1]), skeleton(without_unwritten(parts[-1]))):
                found[holder.name] = holder
                break
    return next(iter(found.values())) if len(found) == 1 else None


def _in_named_country(written: list[str], day: dt.date, role_offices: frozenset[str], hits: list[NameHit],
                      tried: tuple[str, ...]) -> tuple[officials.Holder, int] | None:
    """The holder of `role_offices` on `day` whose whole name `written` is, serving one of the countries
    the article names (a country, a demonym, an institution's: "הבית הלבן"), when exactly one is."""
    codes = dict.fromkeys(h.payload.code for h in hits
                          if h.kind in (COUNTRY, DEMONYM, INSTITUTION) and h.payload.code and h.payload.code not in tried)
    found: dict[str, tuple[officials.Holder, int]] = {}
    for code in codes:
        match = officials.named_after_role(written, day, country=code, offices=role_offices, strict=True)
        if match is not None and match[0].gap(day, role_offices) == 0:
            found[match[0].name] = match
    return next(iter(found.values())) if len(found) == 1 else None


def _named_in_full(written: list[str], day: dt.date | None, country: str | None,
                   lang: str) -> tuple[officials.Holder, int] | None:
    """A holder whose name the table spells as the first two or more words are written
    ("व्लादिमीर पुतिन"), whatever the office: the usual spelling when the match is this sure."""
    for n in range(len(written), 1, -1):
        holder = officials.serving(" ".join(written[:n - 1] + [written[n - 1]]), day, lang=lang)
        if holder is not None and (country is None or holder.country == country):
            return holder, n
    return None


def _surname_of(people: dict[str, Person], word: str, lang: str) -> Person | None:
    """The person found earlier whose surname `word` is, in any of its spellings."""
    key = name_key(word, lang)
    if not key:
        return None
    for person in people.values():
        last = [person.words[-1]] + ([person.display.split()[-1]] if person.display else [])
        if any(name_key(w, lang) == key for w in last):
            return person
    return None


def _beside_roles(doc: Document, hits: list[NameHit], tokens: list[tuple[int, int]], claimed: bytearray,
                  side: BesideRole, words: RoleWords, cases: NameCases, day: dt.date | None, lang: str,
                  side_codes, dateline: str | None, people: dict[str, Person]) -> None:
    """People named in Han, kana or Hangul beside a role ("外交部长王毅", "岸田文雄首相")."""
    text = doc.text
    folded = doc.layers.get("folded") or fold(text)
    # Names in full first, then foreign surnames alone, which count only as the surname of one of
    # them or of a holder the table knows ("바이든 대통령" in a headline, "조 바이든" below).
    found_all = names_beside_roles(text, folded, hits, tokens, claimed, side, words, cases)
    found_all.sort(key=lambda f: (bare_foreign_surname(text[f.start:f.end], side), f.start))
    for found in found_all:
        check_deadline()
        chain = found.chain
        stated = chain.country or found.country
        written = text[found.start:found.end]
        home = side.home if home_name(written, side) else None
        fallback = chain.fallback or home
        name, held = latin_name(written, chain.role, stated, fallback, day, lang,
                                trusted=bool(side.home_surnames) and home is not None)
        if held is None and (len(written) < side.min_chars or side.verified and stated is None
                             and not found.confirmed and all(is_han(ch) for ch in written)):
            continue                  # "林外相", "防衛担当閣僚": a Han name the table does not confirm
        if held is None and bare_foreign_surname(written, side) and not found.confirmed \
                and _written_in(people, text, written) is None:
            continue                  # "있는 대통령": a surname alone nobody in the article bears, no country before it
        country = stated or held or chain.fallback or side_country(doc, side_codes, found.start) or dateline
        key = fold(" ".join(name))
        nr = NameRun(found.start, found.end, found.end, [(found.start, found.end)])
        person = people.get(key) or (None if held else _written_in(people, text, written))
        if person is None:
            people[key] = Person([nr], chain.role, country, name, asked=True)
        else:
            person.runs.append(nr)
            person.country = person.country or country
            person.role = person.role or chain.role


def _written_in(people: dict[str, Person], text: str, written: str) -> Person | None:
    """The person named earlier one of whose written words this name is ("기시다" of "기시다 후미오",
    "バイデン" of "ジョー・バイデン")."""
    for person in people.values():
        if any(written in re.split(r"[\s・·]+", text[nr.start:nr.end]) for nr in person.runs
               if nr.end - nr.start > len(written)):
            return person
    return None


def _add_person(people: dict[str, Person], text: str, name_words: list[tuple[int, int]], role: str | None,
                country: str | None, display: str | None, cfg: Uncased) -> None:
    nr = NameRun(name_words[0][0], name_words[-1][1], name_words[-1][1], name_words)
    name = [text[s:e] for s, e in name_words]
    name[-1] = cfg.base(name[-1])
    key = fold(display) if display else fold(" ".join(name))
    person = people.get(key)
    if person is None:
        people[key] = Person([nr], role, country, name, display=display)
    else:
        person.runs.append(nr)
        person.country = person.country or country


def _bare_forms(word: str, words: RoleWords) -> list[str]:
    """`word` as written, then without each of the language's name endings ("Ильхаму": Ильхам)."""
    low = fold(word)
    return [word] + [word[:len(word) - len(suffix)] for suffix in sorted(words.case_suffixes, key=len, reverse=True)
                     if low.endswith(suffix) and len(low) - len(suffix) >= _MIN_SURNAME]


def _bare_surname(word: str, cases: NameCases, words: RoleWords, lang: str) -> str:
    """`word` without a case ending (the language's glued ones, or its name endings: "Цзиньпином")
    when the office-holders table knows the rest as a surname, else `word`."""
    bare = strip_case(word, cases, lambda stem: officials.known_surname(stem, lang))
    if bare != word:
        return bare
    low = fold(word)
    for suffix in sorted(words.case_suffixes, key=len, reverse=True):
        if low.endswith(suffix) and len(low) - len(suffix) >= _MIN_SURNAME \
                and officials.known_surname(word[:len(word) - len(suffix)], lang):
            return word[:len(word) - len(suffix)]
    return word


# Offices one person holds at a time for a country: holding one on the day is a witness.
_SINGLE_OFFICES = frozenset({"head_of_state", "head_of_government", "foreign_minister", "defence_minister",
                             "head_of_organisation"})
_SURNAME_LIKENESS = 0.75      # how alike two spellings of one surname are, at least (difflib's ratio)


def _witnessed(holder: officials.Holder, words: list[str], role_offices: frozenset[str] | None,
               day: dt.date | None, lang: str) -> bool:
    """Whether a holder whose names only sound like the written ones is more than a namesake.

    They are when they held an office of the role that one person holds at a time, on the
    article's day ("Президент Китая Си Цзиньпин"); else their first given name must be the one
    written and their surname spelled nearly alike, spelling variants aside ("Ann Boyon" is no
    Fabien Penone, "Jean Lemaire" no Jean Lamour, though both sound alike to a skeleton).
    """
    single = role_offices & _SINGLE_OFFICES if role_offices else frozenset()
    if single and day is not None and holder.gap(day, single) == 0:
        return True
    table = holder.name.split()
    if name_key(words[0], lang) != name_key(table[0], lang):
        return False
    here, there = name_key(words[-1], lang), name_key(table[-1], lang)
    return SequenceMatcher(None, here, there).ratio() >= _SURNAME_LIKENESS


def _published(doc: Document) -> dt.date | None:
    return doc.source.published


def _surnames(doc: Document, tokens: list[tuple[int, int]], capitals: list[int], claimed: bytearray, runs: list[NameRun],
              hits_by_end: dict[int, NameHit], tok_by_end: TokenAt, words: RoleWords,
              cases: NameCases, day: dt.date | None, lang: str, people: dict[str, Person]) -> None:
    """People named by surname alone, whom the office-holders table knows: after a role
    ("President Bush", "Foreign Minister Lavrov"), or, when the article is dated, a leader in
    office that day ("Lavrov said"). An earlier full mention of the person comes first."""
    text = doc.text
    in_runs = bytearray(len(text) + 1)
    for nr in runs:
        in_runs[nr.start:nr.end] = b"\x01" * (nr.end - nr.start)
    known = {fold(usual_order(p.words, cases)[-1]) for p in people.values()}
    common = common_words(lang)
    places = {h.start: h for h in hits_by_end.values()}
    for i in capitals:
        start, end = tokens[i]
        named = places.get(start)
        titled = named is not None and named.kind == PLACE and named.end == end \
            and _after_title(text, start, hits_by_end)
        if claimed[start] or in_runs[start] or end - start < _MIN_SURNAME \
                or (named is not None and not titled) or text[start:end].isupper():
            continue              # a place ("Lima") or a word in capitals (a dateline) is no surname
        word = _fold_word(text[start:end])
        if word in known or word in common:
            continue
        surname = _known_surname(text[start:end], lang, cases, words) or (text[start:end] if titled else None)
        if surname is None:
            continue
        chain = resolve(chain_before(text, start, hits_by_end, tokens, tok_by_end, words), text, doc.layers.get(
            "folded") or fold(text), words, cases)
        if chain.role is not None:
            # The title's office first ("President Bush": a head of state, not a premier of the name).
            role_offices = offices(chain.role)
            holder = (officials.serving(surname, day, lang=lang, surname_only=True, offices=role_offices)
                      if role_offices else None) or officials.serving(surname, day, lang=lang, surname_only=True)
        elif day is not None:
            holder = officials.serving(surname, day, lang=lang, surname_only=True,
                                       offices=officials.LEADING_OFFICES, in_office=True)
            if holder is not None and holder.country not in _named_countries(doc) \
                    and officials.given_name(surname, lang):
                # "Ahmed" alone, in an article that names no Ethiopia: a given name many bear,
                # no leader of a country the text does not speak of.
                holder = None
        else:
            holder = None
        if holder is None and not titled:
            continue
        # A title right before a word GeoNames knows as a place ("President Bush") names a person:
        # the title's own country when the table does not know them.
        country = chain.country or chain.fallback or (holder.country if holder is not None else None)
        run = NameRun(start, end, end, [(start, end)])
        # The table's full name for the holder ("Алиев" alone: Ilham Aliyev).
        person = people.setdefault(fold(surname), Person([], chain.role, country, [surname], display=holder.name
                                                         if holder is not None and holder.country == country else None))
        person.runs.append(run)
        known.add(word)


def _after_title(text: str, start: int, hits_by_end: dict[int, NameHit]) -> bool:
    """Whether an official's title stands right before `start`, one space apart ("President Bush")."""
    before = hits_by_end.get(start - 1)
    return start > 0 and text[start - 1] == " " and before is not None and before.kind == ROLE


def _known_surname(word: str, lang: str, cases: NameCases, words: RoleWords | None = None) -> str | None:
    """`word` without a glued case ending when the office-holders table knows it as a surname, else
    None (remembered per language: most capitalised words come back in document after document)."""
    memo = _SURNAMES.setdefault(lang, {})
    found = memo.get(word, _UNSEEN)
    if found is _UNSEEN:
        surname = strip_case(word, cases, _never_seen)
        found = surname if officials.known_surname(surname, lang) else None
        if found is None and words is not None:
            # A surname with one of the language's name endings ("Алиеву"): the table knows its stem.
            bare = _bare_surname(word, cases, words, lang)
            found = bare if bare != word else None
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        memo[word] = found
    return found     # type: ignore[return-value]


_fold_word = lru_cache(maxsize=65536)(fold)    # capitalised words come back in document after document


def _never_seen(_: str) -> bool:
    return False


def _link_mentions(doc: Document, people: dict[str, Person], lang: str, folded: str,
                   released: list[tuple[int, int]] = ()) -> None:  # type: ignore[assignment]
    """Find every mention of each person (full name, surname, inflected) and add the entities."""
    text = doc.text
    words = role_words(lang)
    morph = morphology(*dict.fromkeys((lang, PIVOT)))
    entries = []
    glue = cfg.particles if (cfg := uncased(lang)) is not None else frozenset()
    cases = name_cases(lang)
    for pid, person in enumerate(people.values()):
        # The surname alone, with its particle where it has one ("آل ثاني", not "ثاني"); the
        # family name of a name written family name first ("Orbán" of "Orbán Viktor").
        ordered = usual_order(person.words, cases)
        last = ordered[-2:] if len(ordered) >= 2 and fold(ordered[-2]) in glue else ordered[-1:]
        forms = {" ".join(person.words), " ".join(last)}
        for nr in person.runs:
            forms.add(text[nr.start:nr.end])
            tail = nr.words[-len(last):] if len(nr.words) >= len(last) else nr.words
            forms.add(text[tail[0][0]:tail[-1][1]])
        # The word before a particle names the person too ("Lula" of "Lula da Silva"),
        # and so does the tail from it ("Rebelo de Sousa").
        for i in range(len(person.words) - 2):
            if fold(person.words[i + 1]) in words.particles and len(person.words[i]) >= 4:
                forms.update((person.words[i], " ".join(person.words[i:])))
                break
        surname = person.words[-1]
        low = fold(surname)
        for suffix in words.case_suffixes:
            if low.endswith(suffix) and len(surname) - len(suffix) >= 3:
                forms.add(surname[: len(surname) - len(suffix)])
        for form in forms:
            # Cased: a name is not matched in lower case (a script without capitals has none).
            entries.append((form, pid, True))
    found = Lexicon(entries, morph).find(text, folded)
    persons = list(people.values())
    taken = bytearray(len(text) + 1)
    for hit in found:
        for pid in hit.payloads:
            person = persons[pid]
            start, end = hit.start, hit.end
            if taken.find(1, start, end) >= 0:
                continue
            taken[start:end] = b"\x01" * (end - start)
            person.mentions.append((start, end))
            # A bare surname elsewhere shows the base of an inflected one ("Qasımovla" ... "Qasımov").
            surname = fold(person.words[-1])
            bare = folded[start:end].split("'")[0]
            if (" " not in bare and bare != surname and surname.startswith(bare)
                    and surname[len(bare):] in words.case_suffixes):
                person.words[-1] = person.words[-1][:len(bare)]
            break
    # A name found beside its role is a mention even where the lexicon would not take it alone
    # (a one-letter surname inside a run: "林官房長官").
    for person in persons:
        for nr in person.runs:
            if taken.find(1, nr.start, nr.end) < 0:
                taken[nr.start:nr.end] = b"\x01" * (nr.end - nr.start)
                person.mentions.append((nr.start, nr.mention_end))
        person.mentions.sort()
    # A place reading of a word inside a person's name gives way ("Victoria"), and so
    # does a country read as a surname after a first name ("Luís Montenegro").
    spans = [m for p in persons for m in p.mentions]
    inside = [m for m in released if any(s <= m[0] and m[1] <= e for s, e in spans)]
    for ent in doc.entities:
        if ent.kind == COUNTRY and inside:
            ent.mentions = [m for m in ent.mentions
                            if not any(s < m.end and m.start < e for s, e in spans)]
        if ent.kind == PLACE:
            ent.mentions = [m for m in ent.mentions
                            if not any(s < m.end and m.start < e for s, e in spans)]
    doc.entities = [e for e in doc.entities if e.kind not in (PLACE, COUNTRY) or e.mentions]
    for person in persons:
        if not person.mentions:
            continue
        name = person.display or romanise(" ".join(usual_order(person.words, cases)), lang)
        doc.entities.append(Entity("", "person", name, role=person.role, country=person.country,
                                   mentions=[Mention(s, e, text[s:e]) for s, e in sorted(person.mentions)]))
    # Ids in order of first mention, as the entities stage gives them.
    doc.entities.sort(key=lambda ent: ent.mentions[0].start)
    for n, ent in enumerate(doc.entities, start=1):
        ent.id = f"e{n}"
