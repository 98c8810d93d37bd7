"""What stands glued to a personal name in a run of capitalised words and is none of it.

A run of capitalised words right after a role chain may open with the role's complement
before the name: the portfolio or organisation the title belongs to ("Chancellor of the
Exchequer Ada Quill", "il ministro della Difesa Ada Quill", "Ketua Umum PSSI Ada Quill",
"глава ГТУ КНР Ада Квилл"). Such words are (`complement_cut`):

- abbreviations in capitals (an organisation's);
- the language's and English portfolio words (roles.toml `[words] portfolios`: "Defence",
  "Exchequer", "Apărării", "Meio Ambiente");
- the first word after a title and a genitive connector ("minister of", "ministro della"):
  a name never follows "of" right after a title; a title's complement does;
- in a language that declines names, a first word that is no name's before a given name
  ("глава Газпрома Алексей Миллер": a genitive complement with no connector).

A run made only of such words is no person ("ministra do Meio Ambiente", "Ministerul Integrării
Europene"). A run may also end with what is no name (`place_cut`): the head of a place's or
building's compound name and the word it names ("Basra Körfezi", "Cumhurbaşkanlığı Külliyesi";
roles.toml `[words] place_heads`, matched as stems), a word that opens a building's name and the
name after it ("Istana Bogor"; `[words] place_openers`), or a country's seat after the name
("Lương Cường Bắc Kinh").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from .. import gazetteer, resources
from ..gazetteer import officials
from ..text.fold import fold
from ._lexicons import INSTITUTION, PIVOT, ROLE
from .entities import PLACE, NameHit

_MIN_ACRONYM = 3         # "NOC", "ГТУ"; not "JD" nor "Xi"
_SEAT_CITY = 250_000     # a capital this big, right after a name, is where the person is


@cache
def portfolios(lang: str) -> frozenset[str]:
    """Folded portfolio words of `lang` and English (roles.toml `[words] portfolios`).

    Not every word of the role phrases: in a language written in syllables (Vietnamese) those are
    the syllables of names too ("Vương" of "quốc vương", king, and of "Vương Nghị")."""
    found: set[str] = set()
    for code in dict.fromkeys((lang, PIVOT)):
        for phrase in resources.load(code, "roles").get("words", {}).get("portfolios", []):
            found.update(fold(phrase).split())
    return frozenset(found)


@cache
def place_openers(lang: str) -> frozenset[str]:
    """Folded words that open a building's or place's name inside a run ("istana": palace)."""
    return frozenset(fold(w) for w in resources.load(lang, "roles").get("words", {}).get("place_openers", []))


@cache
def place_heads(lang: str) -> tuple[str, ...]:
    """Folded stems of words that end a place's or building's compound name ("körfez", "külliye")."""
    words = resources.load(lang, "roles").get("words", {}).get("place_heads", [])
    return tuple(sorted({fold(w) for w in words}, key=len, reverse=True))


def acronym(text: str, word: tuple[int, int]) -> bool:
    """A word of three or more capitals and no small letter (an organisation's abbreviation)."""
    s, e = word
    w = text[s:e]
    return e - s >= _MIN_ACRONYM and w.isupper() and w.isalpha()


def complement_cut(text: str, folded: str, words: list[tuple[int, int]],
                   elements: list[tuple[str, NameHit | None]], lang: str, inflected: bool = False) -> int:
    """How many of a run's first words (`words`) belong to the role chain before it (`elements`, in
    text order), not to the name.

    With `inflected` (a language that declines names, whose titles take a genitive complement with
    no connector: "глава Газпрома Алексей Миллер"), a first word the office-holders table knows as
    no given name nor surname, before one it knows as a given name, is the complement."""
    if not any(h is not None and h.kind in (ROLE, INSTITUTION) for _, h in elements):
        return 0
    known = portfolios(lang)
    n = 0
    while n < len(words) and (acronym(text, words[n]) or folded[words[n][0]:words[n][1]] in known):
        n += 1
    if n == 0 and len(words) >= 3 and len(elements) >= 2 and elements[-1][0] == "link":
        # "Chancellor of the Exchequer ...", "ministro della Difesa ...": the word after a title and
        # its genitive connector is the title's complement. Only before a name of two words or more:
        # a connector may be an article before the name itself ("επικεφαλής τον Νίκο Παππά").
        title = next((h for _, h in reversed(elements) if h is not None), None)
        if title is not None and title.kind == ROLE:
            n = 1
    if n == 0 and inflected and len(words) >= 3:
        first, second = (text[s:e] for s, e in words[:2])
        if officials.given_name(second, lang) and not officials.given_name(first, lang) \
                and not officials.known_surname(first, lang):
            n = 1
    return n


def _place_at(word: tuple[int, int], hits_by_start: dict[int, NameHit]) -> bool:
    """Whether a known place's name starts at `word`."""
    hit = hits_by_start.get(word[0])
    return hit is not None and hit.kind == PLACE


def place_cut(folded: str, words: list[tuple[int, int]], hits_by_start: dict[int, NameHit], lang: str,
              after: str = "", surname: Callable[[str], bool] | None = None) -> int | None:
    """Where a run stops being a name because a place's compound or a seat city follows it: the number
    of words kept, or None when the whole run may be a name.

    `after` is the folded word right after the run (a compound's head may be claimed as a region);
    `surname(word)` says whether the table knows a folded word as a surname ("Lima" stays a name)."""
    openers = place_openers(lang)
    if openers:
        for k in range(2, len(words) - 1):
            s, e = words[k]
            if folded[s:e] in openers:
                return k                  # "... Marsudi Istana Bogor": the palace, after the name
    heads = place_heads(lang)
    if heads:
        for k, (s, e) in enumerate(words):
            if k and folded[s:e].startswith(heads):
                return k - 1              # the head and the word it names ("Basra Körfezi")
        if after.startswith(heads) and (len(words) >= 3 or _place_at(words[-1], hits_by_start)):
            # "... Жапаров Ош шаарында": the city before the head ends the name; a run of two words
            # keeps its surname unless the gazetteer knows it as a place ("шаарды": the city, no name).
            return len(words) - 1
    for k in range(1, len(words)):
        s = words[k][0]
        hit = hits_by_start.get(s)
        if hit is None or hit.kind != PLACE or not hit.geonameids or hit.key_end < words[-1][1] \
                or surname is not None and surname(folded[s:hit.key_end]):
            continue
        city = gazetteer.city(hit.geonameids[0])
        seat = gazetteer.capital(city.country)
        if city.population >= _SEAT_CITY and seat is not None and seat.geonameid == city.geonameid:
            return k
    return None
