"""Who takes part in an event and where it happens, from the entities of a sentence.

Countries, organisations and officials (for the country they serve) are
actors. A city is a location when a locative cue marks it ("в Москве",
"Brüsseldə", "Astana'da", "in Brussels"); a capital without such a cue stands
for its country ("Warschau hatte ... ausgewiesen", "От Рима потребовали").
An institution the entities stage found ("Auswärtiges Amt", "the Kremlin") acts
for its country; named in a locative ("im Kanzleramt", "в Кремле") it is a seat:
the venue, or the speaker of an impersonal sentence ("В Москве пообещали").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Container
from dataclasses import dataclass, field
from functools import cache, lru_cache
from operator import attrgetter, itemgetter
import re
from typing import NamedTuple

from ... import gazetteer, resources
from ...document import Document, Mention
from ...text.fold import fold, is_unspaced
from .._lexicons import PIVOT
from .data import Cues, state_sectors
from .headline import drop_topic
from .scenes import depended_on, plays_sport

_WORD_BEFORE_CHARS = 24
_PLACE_KINDS = ("place", "country")


# Named tuples: mentions are made by the dozen per document and a frozen dataclass is slow to build.
class ActorMention(NamedTuple):
    """A country, organisation or official (for the country served) named in a sentence."""

    start: int
    end: int
    code: str
    entity: str
    kind: str                 # country | org | person | place
    agent: bool = False       # marked as the agent of a passive ("by", "durch", "par")
    locative: bool = False    # "in the EU", "Ərəb Liqasında": a setting more than a party
    seat: bool = False        # a locative capital or building speaking for its country ("В Москве пообещали")
    tail: str | None = None   # the case ending after the name ("İsrail'in" -> "in"), when known
    sector: str | None = None  # PLOVER/CAMEO sector ("Nigerian police": COP); None for the country itself
    participant: bool = False  # a third side that took part in a meeting ("при участии"): a setting of other acts
    # A broker or host of others' talks ("بوساطة الصين"): no party; its country may be the venue.
    broker: bool = False
    origin: bool = False      # where someone came from ("on his return from Germany"), or a route's start
    topic: bool = False       # what a meeting or decision is about ("об Украине", "Ukrajnáról")
    gathering: bool = False   # an organisation naming a gathering ("APEC summit", "欧盟领导人会晤"): its setting
    depended: bool = False    # what another depends on ("dependence on China"), a team ("the French coach"): no party


class PlaceMention(NamedTuple):
    """A place named with a locative or destination cue."""

    start: int
    end: int
    name: str
    country: str | None
    entity: str
    locative: bool            # "in Brussels", "Brüsseldə"
    destination: bool         # "to Brussels", "Naxçıvana"


@dataclass
class SentenceParties:
    actors: list[ActorMention]
    places: list[PlaceMention]
    seats: list[ActorMention] = field(default_factory=list)   # locative capitals and institutions
    route: bool = False       # names a journey's route ("a flight from Athens to Vilnius"): a vehicle is acted upon


@cache
def _capital_id(alpha3: str) -> int | None:
    try:
        city = gazetteer.capital(alpha3)
    except (KeyError, OSError, ValueError):
        return None
    return city.geonameid if city is not None else None


def english_name(geonameid: int | None, name: str) -> str:
    """The gazetteer's English name of a place ("Naxçıvan" is reported as "Nakhchivan")."""
    if geonameid is None:
        return name
    try:
        return gazetteer.city(geonameid).name
    except (KeyError, OSError, ValueError):
        return name


def _word_before(folded: str, start: int) -> str:
    chunk = folded[max(0, start - _WORD_BEFORE_CHARS):start].rstrip()
    words = chunk.split()
    return words[-1].strip("(«\"'") if words else ""


def _after_marker(folded: str, start: int, markers: tuple[str, ...], prefixes: tuple[str, ...] = ()) -> bool:
    """Whether one of `markers` (maybe several words: "par la") ends right before `start`; with
    `prefixes`, also when one of them is written onto the marker ("وبوساطة": "and" + "mediated by")."""
    chunk = folded[max(0, start - _WORD_BEFORE_CHARS):start].rstrip().lstrip("(«\"")
    if not chunk.endswith(markers):
        return False                  # the common case, in one test
    for marker in markers:
        if not chunk.endswith(marker):
            continue
        rest = chunk[:-len(marker)]
        if not rest or not rest[-1].isalnum():
            return True
        for prefix in prefixes:
            if len(prefix) == 1 and rest.endswith(prefix) and (len(rest) == 1 or not rest[-2].isalnum()):
                return True
    return False


def _before_marker(folded: str, end: int, markers: tuple[str, ...]) -> bool:
    """Whether one of `markers` follows `end` as whole words."""
    chunk = folded[end:end + _WORD_BEFORE_CHARS].lstrip()
    return any(chunk.startswith(m) and (len(chunk) == len(m) or not chunk[len(m)].isalnum()) for m in markers)


def _tail(folded_mention: str, bases: list[str]) -> str | None:
    """What follows the longest base form inside the mention, or None."""
    for base in bases:
        if folded_mention != base and folded_mention.startswith(base):
            return folded_mention[len(base):].lstrip("'")
    return None


def _ends_with_marker(chunk: str, markers: tuple[str, ...]) -> bool:
    """Whether `chunk` (the text before a name, right-stripped) ends with a whole marker."""
    if not markers or not chunk.endswith(markers):
        return False
    chunk = chunk.lstrip("(«\"")
    return any(chunk.endswith(m) and (len(chunk) == len(m) or not chunk[-len(m) - 1].isalnum()) for m in markers)


def _context(folded: str, start: int, cues: Cues) -> tuple[str, bool, bool]:
    """The word before a name, whether an agent marker precedes it, and whether a locative
    preposition of several words does ("by the", "at the", "à l'"): one look back per mention."""
    chunk = folded[max(0, start - _WORD_BEFORE_CHARS):start].rstrip()
    if chunk and chunk[-1] >= "\u3005" and is_unspaced(chunk[-1]):
        # No space before the name ("在北京", "被美国"): the marker is where the run ends.
        before = next((w for w in _unspaced_markers(cues) if chunk.endswith(w)), "")
        return before, before in cues.agent_markers, False
    before = chunk.rsplit(None, 1)[-1].strip("(«\"'") if chunk else ""
    return (before, _ends_with_marker(chunk, cues.agent_markers),
            _ends_with_marker(chunk, _phrases(cues.locative_prepositions)))


def _unspaced_markers(cues: Cues) -> tuple[str, ...]:
    """Prepositions and agent markers of a script without spaces, longest first (by the identity of
    the language's cues: hashing them all, as a cache by value does, costs more than the answer)."""
    got = _BY_LIST.get((4, id(cues)))
    if got is not None and got[0] is cues:
        return got[1]
    words = {*cues.locative_prepositions, *cues.destination_prepositions, *cues.agent_markers}
    return _remember(4, cues, tuple(sorted((w for w in words if w and is_unspaced(w[-1])), key=len, reverse=True)))


def _is_locative(folded: str, start: int, before: str, word: str, tail: str | None, cues: Cues,
                 after_phrase: bool | None = None) -> bool:
    if after_phrase is None:
        after_phrase = _after_marker(folded, start, _phrases(cues.locative_prepositions))
    if before in cues.locative_prepositions or after_phrase:
        return True     # "in Brussels", "at the White House", "à l'Élysée"
    if tail is not None:
        return tail in cues.locative_suffixes
    return word.endswith(_long_suffixes(cues.locative_suffixes))


def _is_origin(folded: str, start: int, before: str, tail: str | None, cues: Cues) -> bool:
    """Whether a name says where someone or something came from ("from Germany", "aus Athen")."""
    if before in cues.origin_prepositions or _after_marker(folded, start, _phrases(cues.origin_prepositions)):
        return True
    return tail is not None and tail in cues.origin_suffixes


def _is_topic(folded: str, start: int, before: str, tail: str | None, cues: Cues) -> bool:
    """Whether a name says what something is about ("об Украине", "about Ukraine", "Ukrajnáról")."""
    if before in cues.topic_markers or (cues.topic_markers and _after_marker(folded, start,
                                                                             _phrases(cues.topic_markers))):
        return True
    return tail is not None and tail in cues.topic_suffixes


_EPOCH_WORDS = 3      # "від початку | повномасштабного вторгнення | Росії": words of the event named
# "trois ans après | l'invasion russe de l' | Ukraine": an act and whom it was done to
_ELAPSED_WORDS = 5
_FUNDING_WORDS = 1    # "Russian | sovereign | assets": a word between a country and what it owns


def _aside_topic(folded: str, start: int, end: int, cues: Cues) -> bool:
    """Whether a country is named only for what something is about, when it was, or what pays
    for it: "Suriye konulu", "since Russia's invasion", "two years after Russia's invasion",
    "immobilised Russian assets"."""
    if cues.topic_after:
        after = folded[end:end + _LEADING_REACH].lstrip("-\u2010 ").split()
        if after and after[0].strip(",.;:") in cues.topic_after:
            return True
    if cues.epoch_markers or cues.elapsed:
        # ... or the act a time elapsed is counted from ("on the third anniversary of Russia's invasion",
        # "trois ans après l'invasion russe"): when, as after "since".
        chunk = folded[max(0, start - _EPOCH_REACH):start]
        markers = _markers_of(cues.epoch_markers, cues.elapsed)
        for marker in cues.epoch_markers + cues.elapsed if markers is None or markers.search(chunk) else ():
            pos = chunk.rfind(marker)
            if pos < 0 or (pos and chunk[pos - 1].isalnum()):
                continue
            gap = chunk[pos + len(marker):]
            if gap[:1].isalnum() or any(ch.isdigit() or ch in ",;:()" for ch in gap):
                continue
            if len(gap.split()) <= (_ELAPSED_WORDS if marker in cues.elapsed else _EPOCH_WORDS):
                return True
    if cues.elapsed_anchors and _counted_from(folded, start, end, cues):
        return True
    if cues.funding_nouns:
        after = folded[end:end + _LEADING_REACH].split()[:_FUNDING_WORDS + 1]
        if any(w.strip(",.;:") in cues.funding_nouns for w in after):
            return True
        before = folded[max(0, start - _WORD_BEFORE_CHARS):start].split()
        if before and before[-1] in cues.funding_nouns:
            return True
    return False


_EPOCH_REACH = 64


@lru_cache(maxsize=64)
def _markers_of(*lists: tuple[str, ...]) -> re.Pattern[str] | None:
    """Whether any of the words of `lists` is in a text, in one search (None when one is empty:
    it is in every text)."""
    words = [w for words in lists for w in words]
    if not words or not all(words):
        return None
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
_ELAPSED_REACH = 48     # characters after a country its clause's elapsed time may close in
_ELAPSED_DIGITS = 3     # a count of years has at most three digits ("100 周年"); a year has four


def _counted_from(folded: str, start: int, end: int, cues: Cues) -> bool:
    """Whether the country at `start:end` stands in what a time elapsed is counted from, closed after
    it by a numeral and an anchor ("ロシアによるウクライナ侵攻から3年となる", "러시아의 우크라이나 침공
    3년을 맞아", "Rusya'nın Ukrayna'yı işgalinin üçüncü yılında"): who did it and to whom."""
    after = folded[end:end + _ELAPSED_REACH]
    after = after[:min((after.find(ch) for ch in ",;:()、。，" if ch in after), default=len(after))]
    m = _elapsed_pattern(cues.elapsed_numerals, cues.elapsed_ordinals, cues.elapsed_anchors).search(after)
    return m is not None and not (m.start() and after[m.start() - 1].isdigit())


@lru_cache(maxsize=64)
def _elapsed_pattern(elapsed_numerals: tuple[str, ...], elapsed_ordinals: tuple[str, ...],
                     elapsed_anchors: tuple[str, ...]) -> re.Pattern[str]:
    """A time elapsed closed by its anchor: a numeral or an ordinal, then an anchor ("3年となる")."""
    numerals = "".join(n for n in elapsed_numerals if len(n) == 1)
    pattern = r"(?:\d{1,%d}|[%s]+|%s)\s*(?:%s)" % (
        _ELAPSED_DIGITS, re.escape(numerals) or "\\d",
        "|".join(re.escape(o) for o in elapsed_ordinals) or "(?!)",
        "|".join(re.escape(a) for a in elapsed_anchors))
    return re.compile(pattern)


_ROUTE_GAP_WORDS = 1     # "from Athens to Vilnius": one destination word between a route's two ends


def _drop_routes(folded: str, cues: Cues, parties: SentenceParties) -> None:
    """A route ("a flight from Athens to Vilnius", "рейс Афины – Вильнюс" is not read): its two
    ends are where a journey began and was to end, no party of the sentence's acts and no venue."""
    ends: set[tuple[int, int]] = set()
    spans = [(a.start, a.end, split_party(a.code)[0]) for a in parties.actors] + \
        [(p.start, p.end, p.country) for p in parties.places]
    for a in parties.actors:
        if not a.origin:
            continue
        for s, e, country in spans:
            gap = folded[a.end:s].split() if s >= a.end else None
            # Between two countries: a march "from the square to parliament" stays in its country.
            if gap is not None and len(gap) == _ROUTE_GAP_WORDS and gap[0] in cues.destination_prepositions \
                    and country and country != split_party(a.code)[0]:
                ends.update({(a.start, a.end), (s, e)})
    if ends:
        parties.route = True
        parties.actors[:] = [a for a in parties.actors if (a.start, a.end) not in ends]
        parties.places[:] = [p for p in parties.places if (p.start, p.end) not in ends]


@lru_cache(maxsize=8192)   # entity names come from the documents: bounded, not @cache
def _folded(name: str) -> str:
    return fold(name)


# What `_phrases`, `_long_suffixes` and the like made of a word list, by the list's identity: they are asked
# for every mention, and hashing a tuple of words (as @cache does) costs more than the answer.
# Each entry holds its list, whose id therefore cannot be reused; the lists are the languages' cues.
_BY_LIST: dict[tuple[int, int], tuple[object, tuple]] = {}
_BY_LIST_SIZE = 4096


def _remember(kind: int, words: object, value: tuple) -> tuple:
    if len(_BY_LIST) >= _BY_LIST_SIZE:
        _BY_LIST.clear()
    _BY_LIST[(kind, id(words))] = (words, value)
    return value


def _phrases(markers: tuple[str, ...]) -> tuple[str, ...]:
    """The markers of more than one word, or ending in an elision ("at the", "à l'")."""
    got = _BY_LIST.get((0, id(markers)))
    if got is not None and got[0] is markers:
        return got[1]
    return _remember(0, markers, tuple(m for m in markers if " " in m or m.endswith("'")))


def _long_suffixes(suffixes: tuple[str, ...]) -> tuple[str, ...]:
    got = _BY_LIST.get((1, id(suffixes)))
    if got is not None and got[0] is suffixes:
        return got[1]
    return _remember(1, suffixes, tuple(s for s in suffixes if len(s) >= 2))


def _longest_first(words: tuple[str, ...]) -> tuple[str, ...]:
    got = _BY_LIST.get((2, id(words)))
    if got is not None and got[0] is words:
        return got[1]
    return _remember(2, words, tuple(sorted(words, key=len, reverse=True)))


def _lengths(words: frozenset[str]) -> tuple[int, ...]:
    """The lengths of the non-empty `words`, shortest first."""
    got = _BY_LIST.get((3, id(words)))
    if got is not None and got[0] is words:
        return got[1]
    return _remember(3, words, tuple(sorted({len(w) for w in words if w})))


_CURRENCY_REACH = 32     # characters around a country a currency's name may take


@lru_cache(maxsize=64)
def _currency_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """Currency names as one pattern; a "*" in a name lets its word take any ending."""
    alternatives = (r"\w*".join(map(re.escape, name.split("*"))) for name in names)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


@lru_cache(maxsize=64)
def _currency_words(names: tuple[str, ...]) -> re.Pattern[str]:
    """The words of currency names without the word limits: what each match of `_currency_pattern` holds."""
    return re.compile("|".join(r"\w*".join(map(re.escape, name.split("*"))) for name in names))


def _names_currency(folded: str, names: tuple[str, ...]) -> bool:
    """Whether the text may name a currency: where it names none, no country is part of one."""
    heads = _currency_heads(names)
    if heads is not None and not any(h in folded for h in heads):
        return False          # no name's first letters are in the text: the pattern cannot match
    return _currency_words(names).search(folded) is not None


@lru_cache(maxsize=64)
def _currency_heads(names: tuple[str, ...]) -> tuple[str, ...] | None:
    """What each currency name starts with before any "*" (None when one starts with "*")."""
    heads = tuple(name.split("*")[0] for name in names)
    return None if not all(heads) else heads


def _in_currency(folded: str, start: int, end: int, names: tuple[str, ...]) -> bool:
    """Whether the name at `start:end` is part of a currency's name ("dólar estadounidense", "US dollar")."""
    lo = max(0, start - _CURRENCY_REACH)
    for m in _currency_pattern(names).finditer(folded, lo, min(len(folded), end + _CURRENCY_REACH)):
        if m.start() <= start and end <= m.end():
            return True
    return False


def _compound(folded: str, start: int, end: int) -> bool:
    """A name inside a hyphenated compound ("Baku-Tbilisi-Kars railway") names no actor."""
    return (start > 0 and folded[start - 1] == "-") or (end < len(folded) and folded[end] == "-")


_start = itemgetter(0)     # a mention's start
_mention_start = attrgetter("start")     # an entity mention's start


class SentenceIndex:
    """Which sentence holds an offset: a bisect over the sentence starts (C speed, not a Python loop)."""

    def __init__(self, sentences: list[tuple[int, int]]) -> None:
        self.sentences = sentences
        self.starts = [s for s, _ in sentences]

    def of(self, offset: int) -> int | None:
        i = bisect_right(self.starts, offset) - 1
        return i if i >= 0 and offset < self.sentences[i][1] else None


def collect(doc: Document, folded: str, cues: Cues, index: SentenceIndex | None = None,
            bodies: list | None = None, home: str | None = None,
            sector_words: list[tuple[int, int, str]] | None = None,
            wanted: Container[int] | None = None, sector_home: str | None = None,
            line_home: str | None = None) -> list[SentenceParties]:
    """Actors and places of every sentence, in text order; `bodies` are the national-body cue hits,
    which act for `home` (the dateline's country) when no country qualifies them; `sector_words`
    (start, end, sector) make sector actors ("Nigerian police", "the rebels"). With `wanted`, only
    those sentences are filled (the others stay empty): the same parties, for less work.
    `sector_home` is whose an unqualified sector word is ("the police"), when not `home`'s; `line_home`
    is the dateline's country, whose organs act at home on what other countries own."""
    whole = (index or SentenceIndex(doc.sentences)).of
    sentence_of = whole if wanted is None else _only(whole, wanted)
    per_sentence = [SentenceParties([], []) for _ in doc.sentences]
    line = doc.layers.get("dateline")
    line_span = (getattr(line, "start", -1), getattr(line, "end", -1))
    institutions = []
    # Where the lexicon's name ended inside a mention ("Moszkvába": "Moszkv|ába"): the case ending
    # of a name known only by another language's spelling.
    name_ends = {}
    for hit in doc.layers.get("name_hits") or ():
        kind = getattr(getattr(hit, "payload", None), "kind", None)
        if kind == "institution":
            institutions.append(hit)
        if kind in _PLACE_KINDS:
            name_ends[hit.start] = hit.key_end
    buildings = {hit.start for hit in institutions}
    # "15日（日本時間16日）": the other clock's country is no party.
    clocks = [(d.start, d.end) for d in doc.layers.get("dates") or () if getattr(d, "kind", None) == "alternate"]
    currencies = bool(cues.currency_names) and _names_currency(folded, cues.currency_names)
    any_org = any(e.kind == "org" for e in doc.entities)
    for ent in doc.entities:
        # A person of no known country may still act for an organisation named before them
        # ("AB Komisyonu Başkanı Ursula von der Leyen"): kept without a code until that is read.
        if ent.kind == "person" and not ent.country and not any_org:
            continue
        mentions = sorted(ent.mentions, key=_mention_start)
        in_sentence = [whole(m.start) for m in mentions]
        if wanted is not None and not any(idx is not None and idx in wanted for idx in in_sentence):
            continue                  # none of its mentions is read, nor asked after by one that is
        # A one-letter mention ("한" of "한미") is no base form of the name's other words.
        bases = sorted({folded[m.start:m.end] for m in ent.mentions if m.end - m.start > 1 or is_unspaced(folded[m.start])}
                       | {_folded(ent.name)}, key=len, reverse=True)
        last_end: int = -10
        last_locative: bool | Callable[[], bool] = False
        for m, idx in zip(mentions, in_sentence):
            if idx is None or (m.start < line_span[1] and line_span[0] < m.end):
                continue              # the dateline says where the report was filed, not who acts
            if clocks and any(s <= m.start and m.end <= e for s, e in clocks):
                continue
            if wanted is not None and idx not in wanted:
                # Not read; what it says is worked out only if an abbreviation right after asks.
                last_end, last_locative = m.end, _later(folded, m, bases, cues, last_end, last_locative)
                continue
            before, agent, word, tail, locative = _reading(folded, m, bases, cues, name_ends.get(m.start))
            if 0 <= m.start - last_end <= 3 and "(" in folded[last_end:m.start]:
                # "Ərəb Liqasında (ƏL)": the abbreviation repeats the name
                locative = last_locative if isinstance(last_locative, bool) else last_locative()
            last_end, last_locative = m.end, locative
            if ent.kind == "country" and currencies and _in_currency(folded, m.start, m.end, cues.currency_names):
                continue              # "en lugar del dólar estadounidense": a currency's country is no party
            if ent.kind in ("country", "org") and ent.code:
                code, sector = org_actor(ent.code) if ent.kind == "org" else (ent.code.upper(), None)
                gathering = False
                if ent.kind == "org" and cues.gathering_nouns and not locative:
                    locative = gathering = _names_gathering(folded, m.start, m.end, cues.gathering_nouns)
                    last_locative = locative
                broker = bool(cues.broker_markers) and not locative and _after_marker(
                    folded, m.start, cues.broker_markers, cues.conjunctions)
                if broker:
                    locative = last_locative = True     # "بوساطة الصين": the broker is a setting, no party
                if cues.broker_after and _before_marker(folded, m.end, cues.broker_after):
                    continue                  # "Армения төрағалық ететін ұйым": the body's chair is no party
                if cues.leading_markers and not locative and ent.kind == "country" \
                        and _leads(folded[m.end:m.end + _LEADING_REACH], cues.leading_markers):
                    locative = last_locative = True     # "the Russia-led CSTO": the organisation is the party
                per_sentence[idx].actors.append(ActorMention(m.start, m.end, code, ent.id, ent.kind, agent, locative,
                                                             tail=tail, sector=sector, broker=broker,
                                                             origin=_is_origin(folded, m.start, before, tail, cues),
                                                             topic=_is_topic(folded, m.start, before, tail, cues)
                                                             or _aside_topic(folded, m.start, m.end, cues),
                                                             gathering=gathering,
                                                             depended=depended_on(folded, m.start, cues)
                                                             or plays_sport(folded, m.start, m.end, cues)))
                if locative and m.start in buildings:
                    # "im Kanzleramt": an institution the entities stage made a country mention is a seat.
                    per_sentence[idx].seats.append(ActorMention(m.start, m.end, ent.code.upper(), ent.id,
                                                                "institution", False, True))
            elif ent.kind == "person":
                per_sentence[idx].actors.append(ActorMention(m.start, m.end, (ent.country or "").upper(), ent.id,
                                                             ent.kind, agent, tail=tail))
            elif ent.kind == "place":
                destination = before in cues.destination_prepositions or (
                    tail is not None and tail in cues.destination_suffixes)
                if locative or destination:
                    per_sentence[idx].places.append(PlaceMention(
                        m.start, m.end, english_name(ent.geonameid, ent.name), ent.country, ent.id,
                        locative, destination))
                    if locative and ent.country and ent.geonameid is not None \
                            and _capital_id(ent.country) == ent.geonameid:
                        per_sentence[idx].seats.append(ActorMention(m.start, m.end, ent.country.upper(),
                                                                    ent.id, ent.kind, False, True))
                elif ent.country and ent.geonameid is not None and _capital_id(ent.country) == ent.geonameid \
                        and not _compound(folded, m.start, m.end):
                    # A capital named without a locative cue acts for its country.
                    per_sentence[idx].actors.append(ActorMention(m.start, m.end, ent.country.upper(),
                                                                 ent.id, ent.kind, agent, tail=tail,
                                                                 origin=_is_origin(folded, m.start, before, tail,
                                                                                   cues),
                                                                 topic=_aside_topic(folded, m.start, m.end, cues)))
    _institutions(folded, cues, per_sentence, line_span, institutions, sentence_of)
    national_bodies(folded, cues, per_sentence, bodies or [], home, line_span, sentence_of)
    _sector_actors(folded, cues, per_sentence, sector_words or [], sector_home or home, line_span, sentence_of,
                   line_home)
    for parties in per_sentence:
        # "外務省の岡野正敬事務次官は": the official named inside the institution's phrase is the same
        # party as the institution, whose phrase carries the reading (its particle).
        spans = [(a.start, a.end, a.code) for a in parties.actors if a.kind == "institution"]
        if spans:
            parties.actors[:] = [a for a in parties.actors if a.kind != "person" or not any(
                s <= a.start and a.end <= e and (a.start, a.end) != (s, e) and c == a.code for s, e, c in spans)]
    for n, parties in enumerate(per_sentence):
        if not parties.actors:
            # Each step below reads the actors; with none, only a sentence's places and seats are put in order.
            if len(parties.places) > 1:
                parties.places.sort(key=_start)
            if len(parties.seats) > 1:
                parties.seats.sort(key=_start)
            continue
        if cues.people_nouns and parties.actors:
            _ethnic_groups(folded, cues, parties, home)
        if cues.border_nouns and parties.actors:
            _borders(folded, cues, parties)
        if any(a.origin for a in parties.actors):
            _drop_routes(folded, cues, parties)
        if parties.places and parties.actors or cues.venue_after or cues.venue_before:
            _drop_qualifying_countries(folded, parties, cues.venue_qualifiers, cues.venue_after, cues.venue_before)
        if len(parties.actors) > 1:
            parties.actors.sort(key=_start)
            _officials_of_organisations(folded, parties.actors)
            drop_topic(folded, doc.sentences[n][0], parties.actors)
        if parties.actors and (cues.broker_markers or cues.participant_markers):
            _third_sides(folded, cues, parties.actors)
        if any(not a.code for a in parties.actors):
            parties.actors[:] = [a for a in parties.actors if a.code]
        if len(parties.places) > 1:
            parties.places.sort(key=_start)
        if len(parties.seats) > 1:
            parties.seats.sort(key=_start)
    return per_sentence


_REGION_WORDS = 1        # "Albanians of southern Serbia": a region's word between the link and the country


def _ethnic_groups(folded: str, cues: Cues, parties: SentenceParties, home: str | None) -> None:
    """A people named as a group living in a country ("ethnic Albanians in southern Serbia", "the
    Albanians of southern Serbia", "ethnic Turks ... Sweden's decision") are that country's people
    (its `CVL` sector), not the state their name is of. Where they live: a country or place joined
    right after them by a resident link ("in", "of"); for a group marked ethnic, else the one other
    country of the sentence (not where someone came from or is sent to), else the dateline's."""
    for i, a in enumerate(parties.actors):
        if a.kind != "country" or a.sector is not None or a.origin or not _people_noun(folded[a.start:a.end], cues):
            continue
        before = _word_before(folded, a.start)
        ethnic = any(before == m or m.endswith("*") and before.startswith(m[:-1]) for m in cues.ethnic_markers)
        lives, linked = _resident_of(folded, cues, parties, a)
        if lives is None and ethnic:
            others = {c for b in parties.actors if (c := split_party(b.code)[0]) != a.code
                      and gazetteer.is_country(c) and not b.origin and not destined(b, folded, cues)} | \
                     {p.country.upper() for p in parties.places if p.country and p.country.upper() != a.code
                      and not p.destination}
            lives = next(iter(others)) if len(others) == 1 else home if not others else None
        if lives is None or lives == a.code or not (ethnic or linked is not None):
            continue
        parties.actors[i] = a._replace(code=party(lives, CIVILIANS), kind="sector", sector=CIVILIANS)
        if isinstance(linked, ActorMention) and linked in parties.actors:
            parties.actors.remove(linked)     # "of southern Serbia" says whose they are, it is no side
        elif isinstance(linked, PlaceMention) and linked in parties.places:
            parties.places.remove(linked)


_BORDER_WORDS = 3        # "near the eastern Thai border": words between the preposition and the country


def _borders(folded: str, cues: Cues, parties: SentenceParties) -> None:
    """A country named as the border where an act happened ("captured a stronghold on the Thai
    border") is its setting, not a side: no actor."""
    border = []
    for a in parties.actors:
        if a.kind != "country" or a.sector is not None:
            continue
        after = folded[a.end:a.end + _WORD_BEFORE_CHARS].split()
        if not after or after[0].strip(",.;:") not in cues.border_nouns:
            continue
        before = folded[max(0, a.start - 4 * _WORD_BEFORE_CHARS):a.start].split()[-_BORDER_WORDS:]
        if any(w in cues.border_prepositions for w in before):
            border.append(a)
    if border:
        parties.actors[:] = [a for a in parties.actors if a not in border]


def _people_noun(name: str, cues: Cues) -> bool:
    """Whether a country's mention is a demonym, maybe with one of the language's endings ("Albanians")."""
    nouns = cues.people_nouns
    if name in nouns:
        return True
    # A demonym and one ending: the name cut where an ending as long as one of the language's would begin.
    endings = cues.people_endings
    for length in _lengths(endings):
        if length > len(name):
            break
        if name[len(name) - length:] in endings and name[:len(name) - length] in nouns:
            return True
    return False


def _resident_of(folded: str, cues: Cues, parties: SentenceParties, group: ActorMention
                 ) -> tuple[str | None, ActorMention | PlaceMention | None]:
    """The country a people lives in, named right after it by a resident link, and the mention naming it."""
    if not cues.resident_links:
        return None, None
    named: list[tuple[int, str, ActorMention | PlaceMention]] = [
        (b.start, b.code, b) for b in parties.actors if b.kind == "country" and b.start >= group.end]
    named += [(p.start, p.country.upper(), p) for p in parties.places if p.country and p.start >= group.end]
    for start, code, mention in sorted(named, key=itemgetter(0)):
        gap = folded[group.end:start]
        if any(ch in gap for ch in ",;:.()") or isinstance(mention, ActorMention) and _people_noun(
                folded[mention.start:mention.end], cues):
            return None, None         # "of the Israeli-occupied West Bank": a demonym qualifies a place
        words = gap.split()
        link = next((n for n in range(len(words), 0, -1) if " ".join(words[:n]) in cues.resident_links), 0)
        region = [w for w in words[link:] if w not in cues.articles]
        if link and len(region) <= _REGION_WORDS and gazetteer.is_country(code):
            return code, mention
        return None, None
    return None, None


_ORG_TITLE_CHARS = 40    # "EU-Kommissionspräsidentin Ursula von der Leyen": an organisation's title before a name
_ORG_TITLE_WORDS = 3


def _officials_of_organisations(folded: str, actors: list[ActorMention]) -> None:
    """An official named right after an organisation and its title ("NATO Secretary-General Jens
    Stoltenberg", "EU-Kommissionspräsidentin Ursula von der Leyen") acts for the organisation, not
    for the country the office-holders table gives; a country between them ("Russian UN envoy")
    keeps the official its country."""
    for i in range(1, len(actors)):
        a, org = actors[i], actors[i - 1]
        if a.kind != "person" or org.kind != "org" or a.code == org.code or org.locative:
            continue
        gap = folded[org.end:a.start]
        if not 0 < len(gap) <= _ORG_TITLE_CHARS or any(ch in gap for ch in ',;:.()"«»') \
                or len(gap.split()) > _ORG_TITLE_WORDS:
            continue
        actors[i] = a._replace(code=org.code)


_THIRD_SIDE_CHARS = 64   # "при участии министра иностранных дел Турции": a marker, a title, the side


def _third_sides(folded: str, cues: Cues, actors: list[ActorMention]) -> None:
    """The side named first after a broker's or participant's marker, past a title ("mediated by the
    foreign minister of Qatar", "при участии министра иностранных дел Турции"), and its officials
    named right after it: a broker is a setting, no party; a participant is a party of the meeting
    only, not of what the others agreed at it."""
    n = 0
    participants, brokers = _any_of(cues.participant_markers), _any_of(cues.broker_markers)
    # Every gap read below lies between the first start's reach and the last start: with no marker
    # there (the common case), no actor is a third side. One search each, not one per actor.
    lo, hi = max(0, min(a.start for a in actors) - _THIRD_SIDE_CHARS), max(a.start for a in actors)
    if participants.search(folded, lo, hi) is None and brokers.search(folded, lo, hi) is None:
        return
    while n < len(actors):
        a = actors[n]
        lo = max(actors[n - 1].end if n else 0, a.start - _THIRD_SIDE_CHARS)
        gap = folded[lo:a.start]
        # What a comma ends is another clause: ", in the presence of the prime ministers of ..." is read
        # from the marker after it.
        gap = gap[max((b.end() for b in _GAP_BREAK.finditer(gap)), default=0):]
        kind = None
        if gap.strip() and _GAP_BREAK.search(gap) is None:
            if participants.search(gap) is not None \
                    and _marker_in(gap, cues.participant_markers, cues.conjunctions):
                kind = "participant"
            elif brokers.search(gap) is not None and _marker_in(gap, cues.broker_markers, cues.conjunctions):
                kind = "broker"
        if kind is None:
            n += 1
            continue
        # The side and the list it opens ("in the presence of the prime ministers of Malta and
        # Cyprus and the Italian foreign minister"): every member is a participant.
        listed = next((g for g in groups(actors[n:], folded, cues, titles=True) if a in g), [a])
        last = max(m.end for m in listed)
        while n < len(actors) and (actors[n].code == a.code or actors[n].end <= last):
            actors[n] = actors[n]._replace(locative=True, participant=kind == "participant", broker=kind == "broker")
            n += 1


_GAP_BREAK = re.compile("[,;.:()]")


@lru_cache(maxsize=256)
def _any_of(markers: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern that finds any of `markers` anywhere (a quick test before `_marker_in`'s own reading)."""
    return re.compile("|".join(map(re.escape, markers)) if markers else "(?!)")


def _marker_in(gap: str, markers: tuple[str, ...], prefixes: tuple[str, ...]) -> bool:
    """Whether one of `markers` is a whole word (or words) of `gap`, maybe with a one-letter prefix ("وبوساطة")."""
    for marker in markers:
        pos = gap.find(marker)
        while pos >= 0:
            end = pos + len(marker)
            before_ok = pos == 0 or not gap[pos - 1].isalnum() or (
                gap[pos - 1] in prefixes and (pos == 1 or not gap[pos - 2].isalnum()))
            if before_ok and (end >= len(gap) or not gap[end].isalnum()):
                return True
            pos = gap.find(marker, pos + 1)
    return False


def _only(sentence_of: Callable[[int], int | None], wanted: Container[int]) -> Callable[[int], int | None]:
    """`sentence_of` that answers None outside the `wanted` sentences."""
    def of(offset: int) -> int | None:
        idx = sentence_of(offset)
        return idx if idx is not None and idx in wanted else None
    return of


def _reading(folded: str, m: Mention, bases: list[str], cues: Cues,
             key_end: int | None = None) -> tuple[str, bool, str, str | None, bool]:
    """A mention's word before, agent marker, folded word, case tail and locative reading."""
    before, agent, after_phrase = _context(folded, m.start, cues)
    word = folded[m.start:m.end]
    tail = _tail(word, bases)
    if tail is None and key_end is not None and m.start < key_end < m.end:
        tail = folded[key_end:m.end].lstrip("'")
    if tail is None and "'" in word:
        tail = word.split("'", 1)[1]
    if tail is None and cues.name_particles:
        if is_unspaced(word[-1:] or " "):
            # Han and kana: the particle follows the name in the run ("ジャカルタで").
            tail = next((p for p in cues.name_particles if folded.startswith(p, m.end)), None)
        else:
            tail = next((p for p in cues.name_particles if word.endswith(p) and len(word) > len(p) + 1), None)
    return before, agent, word, tail, _is_locative(folded, m.start, before, word, tail, cues, after_phrase)


_GATHERING_RUN_CHARS = 10     # letters between an organisation's name and its gathering noun, without spaces
_GATHERING_BEFORE_CHARS = 48   # a gathering noun and the linking words before an organisation's name
_GATHERING_LINK_WORDS = 2      # "of the", "de la", "der"
_LINK_WORD_CHARS = 5           # a linking word is short ("of", "de la", "della"); a longer word ends the look back


def _names_gathering(folded: str, start: int, end: int, nouns: tuple[str, ...]) -> bool:
    """Whether an organisation's name at `start:end` names a gathering with a noun right after it
    (past its abbreviation in brackets: "…会議（APEC）首脳会議") or right before it ("саммит ШОС")."""
    pos = end
    while pos < len(folded) and folded[pos] in " )）-":
        pos += 1                      # "NATO-Gipfel", "NAVO-top": the noun joined by a hyphen
    if pos < len(folded) and folded[pos] in "(（":
        close = min((i for i in (folded.find(")", pos, pos + 16), folded.find("）", pos, pos + 16)) if i >= 0),
                    default=-1)
        if close >= 0:
            pos = close + 1
            while pos < len(folded) and folded[pos] == " ":
                pos += 1
    if folded.startswith(nouns, pos) or folded.startswith(nouns, end):
        return True
    if pos < len(folded) and is_unspaced(folded[pos]):
        # "亚太经合组织第三十一次领导人非正式会议": in a script without spaces an ordinal and a few
        # words may stand between the name and its gathering noun, inside one run of letters.
        for k in range(pos + 1, min(len(folded), pos + _GATHERING_RUN_CHARS)):
            if not is_unspaced(folded[k]) and not folded[k].isdigit():
                break
            if folded.startswith(nouns, k):
                return True
    before = folded[max(0, start - _GATHERING_BEFORE_CHARS):start]
    if before.endswith("'"):
        before = before[:before.rfind(" ") + 1]              # "sommet de l'OCS": the elided article
    if not before.endswith(" "):
        return False
    words = before.split()
    # "саммите ШОС": the noun takes its ending; "summit of the SCO", "sommet de l'OCS", "cumbre de la
    # OTAN": short linking words may stand between the noun and the name.
    for n in range(1, min(len(words), _GATHERING_LINK_WORDS + 1) + 1):
        if words[-n].startswith(nouns):
            return True
        if len(words[-n]) > _LINK_WORD_CHARS:
            return False
    return False


def _later(folded: str, m: Mention, bases: list[str], cues: Cues, last_end: int,
           last_locative: bool | Callable[[], bool]) -> Callable[[], bool]:
    """The locative reading of a mention that was not read, worked out when asked, as `collect` would have."""
    def locative() -> bool:
        if 0 <= m.start - last_end <= 3 and "(" in folded[last_end:m.start]:
            return last_locative if isinstance(last_locative, bool) else last_locative()
        return _reading(folded, m, bases, cues)[4]
    return locative


_QUALIFIER_GAP = " ・·、,の"     # "韓国・釜山で", "インドネシアのジャカルタで", "미국 뉴욕에서", "美国纽约"


def _qualifier_gap(gap: str, qualifiers: tuple[str, ...]) -> bool:
    """Whether `gap`, between a country and a venue, only joins them ("・", "の", "の首都")."""
    for word in qualifiers:
        if word and word in gap:
            gap = gap.replace(word, "", 1)
            break
    return len(gap) <= 2 and all(c in _QUALIFIER_GAP for c in gap)


_HOST_GAP = 1          # "開かれている・イタリア"
_HELD_REACH = 16        # "イタリア南部プーリア州で開かれた": a region's name between a country and "held in"


def _held_in(folded: str, end: int, held: tuple[str, ...]) -> bool:
    """Whether a gathering is said to be held at the country named right before `end`."""
    span = folded[end:end + _HELD_REACH + max(map(len, held))]
    cut = next((i for i, ch in enumerate(span) if ch in "、，,。"), len(span))
    return any(0 <= span.find(w) <= _HELD_REACH and span.find(w) + len(w) <= cut for w in held)


def _drop_qualifying_countries(folded: str, parties: SentenceParties, qualifiers: tuple[str, ...] = (),
                               held: tuple[str, ...] = (), hosting: tuple[str, ...] = ()) -> None:
    """A country written right before a venue of its own ("韓国・釜山で", "미국 뉴욕에서", with a word
    of `qualifiers`: "ペルーの首都リマで") says where the venue is; it is no party."""
    keep = []
    for a in parties.actors:
        if a.kind == "country" and (held and _held_in(folded, a.end, held)
                                    or hosting and folded[max(0, a.start - _HOST_GAP - max(map(len, hosting))):a.start]
                                    .rstrip("・ ").endswith(hosting)):
            continue
        venue = next((p for p in parties.places if p.locative and p.country == a.code and a.kind == "country"
                      and 0 <= p.start - a.end <= 2 + max(map(len, qualifiers), default=0)
                      and _qualifier_gap(folded[a.end:p.start], qualifiers)),
                     None)
        if venue is None:
            keep.append(a)
    parties.actors[:] = keep


def _institutions(folded: str, cues: Cues, per_sentence: list[SentenceParties], line_span: tuple[int, int],
                  hits: list, sentence_of: Callable[[int], int | None]) -> None:
    """Institutions with a known country from the entities stage's `name_hits` layer."""
    for hit in hits:
        payload = hit.payload
        if not getattr(payload, "code", None):
            continue
        idx = sentence_of(hit.start)
        if idx is None or (hit.start < line_span[1] and line_span[0] < hit.end):
            continue
        parties = per_sentence[idx]
        if any(a.start < hit.end and hit.start < a.end for a in parties.actors):
            continue                  # the entities stage already made it a mention
        before = _word_before(folded, hit.start)
        word = folded[hit.start:hit.end]
        tail = folded[hit.key_end:hit.end].lstrip("'") or None
        actor = ActorMention(hit.start, hit.end, payload.code.upper(), "", "institution",
                             _after_marker(folded, hit.start, cues.agent_markers))
        if _is_locative(folded, hit.start, before, word, tail, cues):
            parties.seats.append(ActorMention(hit.start, hit.end, actor.code, "", "institution", False, True))
        else:
            parties.actors.append(actor)


_LEADING_REACH = 24     # characters after a country a "-led" marker may take


def _leads(after: str, markers: tuple[str, ...]) -> bool:
    """Whether the words after a country start with a marker of leadership ("-led", "бастаған")."""
    after = after.lstrip(" -")
    return any(after.startswith(m) and (len(after) == len(m) or not after[len(m)].isalnum()) for m in markers)


def acted_upon(actor: ActorMention, folded: str, trigger_start: int, cues: Cues, addressed: bool) -> bool:
    """Whether a lone actor before the verb is its object: the addressee of a demand ("от Израиля
    потребовали", "İsrail'den ... istendi"), or the genitive actor of a clause inside the object
    ("İsrail'in ... düzenlediği saldırıyı kınadı": Israel's attack is what is condemned)."""
    if actor.end > trigger_start:
        return False
    tail = actor.tail
    if addressed and ((tail is not None and tail in cues.addressee_suffixes)
                      or _after_marker(folded, actor.start, cues.addressee_markers)):
        return True
    if tail is None or tail not in cues.genitive_suffixes or not cues.object_participles:
        return False
    return any(p in word for word in folded[actor.end:trigger_start].split() for p in cues.object_participles)


def destined(actor: ActorMention, folded: str, cues: Cues) -> bool:
    """Whether an actor is named as where something went ("Қазақстанға", "to Kazakhstan")."""
    if actor.tail is not None and actor.tail in cues.destination_suffixes:
        return True
    return _after_marker(folded, actor.start, cues.destination_prepositions)


def collapse(actors: list[ActorMention]) -> list[ActorMention]:
    """Merge neighbouring mentions of the same code ("Chilean Foreign Minister Ana Rojas")."""
    out: list[ActorMention] = []
    for a in actors:
        if out and out[-1].code == a.code:
            prev = out[-1]
            out[-1] = ActorMention(prev.start, a.end, prev.code,
                                   prev.entity if prev.kind == "country" else a.entity,
                                   prev.kind, prev.agent or a.agent, seat=prev.seat or a.seat, tail=a.tail,
                                   sector=prev.sector or a.sector, participant=prev.participant or a.participant,
                                   broker=prev.broker or a.broker)
        else:
            out.append(a)
    return out


_TITLE_WORDS = 2     # "... Scholz et le président polonais ...": words of a title after the conjunction


_CLITIC_CHARS = 3      # "ומ" written onto a name: the "and" of a list and a preposition


def _repeated_preposition(folded: str, first_start: int, words: list[str], cues: Cues) -> bool:
    """Whether `words` between two names are a conjunction and the preposition said again before the
    second, the same that stands before the first ("à l'Ukraine et à la Moldavie", "alla Francia e
    alla Germania"): one list of those the act is done to."""
    if len(words) != 2 or words[0] not in cues.conjunctions:
        return False
    before = [w for w in folded[max(0, first_start - _WORD_BEFORE_CHARS):first_start].split()
              if w not in cues.articles]
    if not before:
        return False
    # An article written onto the preposition ("all'" and "alla", "dell'" and "della") is part of it.
    first, second = before[-1].rstrip("'’"), words[1].rstrip("'’")
    return bool(first) and bool(second) and (first.startswith(second) or second.startswith(first)) \
        and words[1] not in cues.conjunctions \
        and words[1] in cues.destination_prepositions + cues.locative_prepositions + cues.owner_links


def _words_up_to(gap: str, articles: frozenset[str], most: int) -> list[str]:
    """The words of `gap` other than articles, commas as spaces; stops after `most` + 1 of them."""
    words: list[str] = []
    for w in gap.replace(",", " ").split():
        if w not in articles:
            words.append(w)
            if len(words) > most:
                break
    return words


def _joined_title(word: str, cues: Cues) -> bool:
    """A title with the "and" written onto it ("والمستشار", and the chancellor)."""
    return any(word.startswith(p) and word[len(p):] in cues.title_words for p in cues.conjunction_prefixes)


def groups(actors: list[ActorMention], folded: str, cues: Cues, titles: bool = False) -> list[list[ActorMention]]:
    """Actors joined by conjunctions form one group ("Schweden und Polen"); a comma joins
    only inside such a list ("Frankreich, Spanien und Italien"), not after a subject. Articles
    do not break a list ("la France, l'Allemagne et la Pologne"); with `titles`, neither do the
    words of a title after the conjunction ("le chancelier allemand et le président polonais")."""
    out: list[list[ActorMention]] = []
    commas: list[bool] = []           # whether group i was joined to group i-1 by a comma only
    articles = frozenset(cues.articles)
    # No joining below holds across more words than a companion phrase, a title and a clitic.
    most = 2 + _TITLE_WORDS + max((len(p.split()) for p in cues.companions), default=0)
    for a in actors:
        if out and (a.start, a.end) == (out[-1][-1].start, out[-1][-1].end):
            out[-1].append(a)         # the members of a set named by one word ("die vier Europäer")
            continue
        if out and letters_of_one_word(out[-1][-1], a, folded):
            out[-1].append(a)         # "한중일", "日米韓", "中美": a letter per country, one list
            continue
        if out:
            gap = _without_owner_link(folded[out[-1][-1].end:a.start], cues.owner_links)
            words = _words_up_to(gap, articles, most)
            if len(words) > most:
                out.append([a])
                commas.append(False)
                continue
            if words and len(words) <= 2 and all(w in cues.conjunctions for w in words):
                out[-1].append(a)
                continue
            if _repeated_preposition(folded, out[-1][0].start, words, cues):
                out[-1].append(a)       # "à l'Ukraine et à la Moldavie": the preposition said again
                continue
            if titles and a.code == out[-1][-1].code and len(words) <= _TITLE_WORDS \
                    and not any(ch in gap for ch in ",;:()"):
                out[-1].append(a)       # "الإيطالية جورجيا ميلوني": the side, then its official by name
                continue
            if titles and words and (words[0] in cues.conjunctions or _joined_title(words[0], cues)) \
                    and len(words) <= 1 + _TITLE_WORDS and not any(ch in gap for ch in ",;:()"):
                out[-1].append(a)
                continue
            if titles and cues.companions and _companion(" ".join(words), cues.companions) \
                    and not any(ch in gap for ch in ",;:()"):
                out[-1].append(a)       # "Merz ist gemeinsam mit dem französischen Präsidenten Macron"
                continue
            if not words and gap.count(",") == 1:
                gap = ","             # ", l'": a comma and an article
            if not words and out[-1][-1].tail and out[-1][-1].tail in cues.conjunction_suffixes:
                out[-1].append(a)       # "한국과 중국은": the joining word is the first name's ending
                continue
            if cues.conjunction_prefixes and words and gap == gap.rstrip() and len(words[-1]) <= _CLITIC_CHARS:
                # "מאירלנד, מנורווגיה ומספרד": letters written onto the name; the last name carries the "and".
                if len(words) == 1 and words[0].startswith(cues.conjunction_prefixes):
                    out[-1].append(a)
                    continue
                words = words[:-1]
                gap = gap[:len(gap) - len(gap.split()[-1])]
            if not words and gap.strip() == ",":
                out.append([a])
                commas.append(True)
                continue
            if titles and cues.conjunction_prefixes and words and len(words) <= 1 + _TITLE_WORDS \
                    and words[0] not in cues.title_words \
                    and any(words[0].startswith(p) and words[0][len(p):] in cues.title_words
                            for p in cues.conjunction_prefixes) \
                    and not any(ch in gap for ch in ",;:()"):
                # "والرئيس الغاني", "ورئيس الوزراء الإثيوبي": a one-letter "and" written onto the
                # title of the next name.
                out[-1].append(a)
                continue
            if titles and cues.conjunction_suffixes and words and len(words) <= _TITLE_WORDS \
                    and not any(ch in gap for ch in ";:()") and not any(w in cues.conjunctions for w in words):
                if gap.count(",") == 0 and any(w.endswith(cues.conjunction_suffixes)
                                               and len(w) > max(map(len, cues.conjunction_suffixes)) for w in words):
                    # "윤 대통령과 기시다 총리", "대통령과 조 바이든": the title after a name carries the
                    # ending that joins it to the next one (a given name may stand before the next).
                    out[-1].append(a)
                    continue
                if gap.count(",") == 1 and gap.rstrip().endswith(","):
                    # "리창 중국 총리, 이시바 일본 총리와": a title after the name, then the list's comma.
                    out.append([a])
                    commas.append(True)
                    continue
            if titles and words and len(words) <= _TITLE_WORDS and gap.lstrip().startswith(",") \
                    and gap.count(",") == 1 and not any(ch in gap for ch in ";:()") \
                    and not any(w in cues.conjunctions for w in words):
                # "Meloni, the Canadian prime minister Trudeau and ...": a title after the comma
                # does not end the list.
                out.append([a])
                commas.append(True)
                continue
        out.append([a])
        commas.append(False)
    merged: list[list[ActorMention]] = []
    run = 0                           # where the groups joined by commas only began
    for n, (group, comma) in enumerate(zip(out, commas)):
        # "Монгол, Орос, Хятадын төрийн тэргүүн нар": three or more names with only commas between
        # them are one list, though no conjunction closes it.
        listed = comma and n >= 2 and commas[n - 1] and len(out[n - 1]) == len(out[n - 2]) == 1
        if comma and merged and (len(group) > 1 or listed):
            # "France, Germany, Britain and Poland": the list runs back through every comma.
            for other in merged[run + 1:]:
                merged[run].extend(other)
            del merged[run + 1:]
            merged[run].extend(group)
        else:
            if not comma:
                run = len(merged)
            merged.append(group)
    return merged


def letters_of_one_word(a: ActorMention, b: ActorMention, folded: str) -> bool:
    """Whether two country mentions are letters of one word naming two or three countries by a
    letter each ("한미일", "한·미", "日中", "中美"): one letter each, nothing but a dot between."""
    return a.end - a.start == 1 and b.end - b.start == 1 and a.kind == b.kind == "country" \
        and a.code != b.code and 0 <= b.start - a.end <= 1 and not folded[a.end:b.start].strip("·・-/ ")


def _companion(gap: str, companions: tuple[str, ...]) -> bool:
    """Whether the words between two names join a companion to the first ("together with the
    French president"): a companion phrase after at most one word (a verb: "ist gemeinsam mit"),
    then at most the words of a title."""
    for phrase in companions:
        pos = gap.find(phrase)
        if pos < 0 or (pos and gap[pos - 1] != " ") or gap[pos + len(phrase):pos + len(phrase) + 1] not in ("", " "):
            continue
        if len(gap[:pos].split()) <= 1 and len(gap[pos + len(phrase):].split()) <= _TITLE_WORDS:
            return True
    return False


def _without_owner_link(gap: str, links: tuple[str, ...]) -> str:
    """The gap between two names without the owner link that opens the second ("France, de
    l'Allemagne et de la Pologne": the list goes on through "de l'", "de la")."""
    stripped = gap.rstrip()
    for link in _longest_first(links):
        if stripped.endswith(link) and (len(stripped) == len(link) or not stripped[-len(link) - 1].isalnum()):
            return stripped[:-len(link)]
    return gap


_ORG_BODY_WORDS = 2      # words between an organisation and a body of its own ("EU állam- és kormányfői")
_OWNER_GAP_CHARS = 3     # "Russian Foreign Ministry", "МИД России": a country this close qualifies a body


def national_bodies(folded: str, cues: Cues, per_sentence: list[SentenceParties], hits: list,
                    home: str | None, line_span: tuple[int, int],
                    sentence_of: Callable[[int], int | None]) -> None:
    """Unqualified national bodies ("the Foreign Ministry", "МИД", "Bakanlık") act for `home`,
    the dateline's country; a body a country qualifies ("МИД России", "Russian Foreign Ministry",
    "ministère français des ...", "Foreign Ministry of Turkey") is that country's and left alone."""
    if not home or not hits:
        return
    taken_until = -1
    for hit in hits:
        start, end = hit.start(), hit.end()
        if start < taken_until:
            continue                  # a shorter body inside a longer one ("ministry" in "foreign ministry")
        taken_until = end
        idx = sentence_of(start)
        if idx is None or (start < line_span[1] and line_span[0] < end):
            continue
        parties = per_sentence[idx]
        if any(a.code and _qualifies(folded, a, start, end, cues) for a in parties.actors) \
                or any(s.start < end and start < s.end for s in parties.seats):
            continue
        end = word_end_of(folded, end)
        parties.actors.append(ActorMention(start, end, home, "", "institution",
                                           _after_marker(folded, start, cues.agent_markers)))


def _qualifies(folded: str, actor: ActorMention, start: int, end: int, cues: Cues) -> bool:
    """Whether `actor` names the country of the body at start..end (or is the body itself)."""
    if actor.start < end and start < actor.end:
        return True
    if actor.end <= start:
        gap = folded[actor.end:start]
        if actor.kind == "org" and len(gap.split()) <= _ORG_BODY_WORDS and not any(ch in gap for ch in ",;:.()"):
            # "Az Európai Unió állam- és kormányfői": an organisation's own heads, not the dateline's country.
            return True
        return len(gap.strip(" -'")) == 0 and len(gap) <= _OWNER_GAP_CHARS
    after = folded[word_end_of(folded, end):actor.start].strip()
    if not after:
        return cues.owner_after and actor.start - end <= _OWNER_GAP_CHARS + 1
    # "of Turkey", "des Iran", "de la France"; a demonym right after ("ministère français").
    return after in cues.owner_links


def word_end_of(folded: str, pos: int) -> int:
    """The end of the word `pos` lies in (a body's inflected ending: "Bakanlığı'nın")."""
    return _WORD_AND_APOSTROPHES.match(folded, pos).end()     # type: ignore[union-attr]


_WORD_AND_APOSTROPHES = re.compile("(?:[^\\W_]|')*")    # `[^\W_]` is what `str.isalnum` accepts


_SECTOR_SEP = ":"
ARMED_GROUP = "REB"          # the sector of an armed group (orgs.toml [actors])
CIVILIANS = "CVL"            # the people of a country, when its streets protest
_MAX_SECTOR_WORDS = 16       # sector words read per sentence; news names a few


def party(code: str, sector: str | None) -> str:
    """The code the role rules compare: a state organ is its country ("RUS" for the Russian army);
    a sector outside the state is a party of its own ("NGA:REB"), so rebels and their country's
    army are two sides."""
    if sector is None or sector in state_sectors() or not gazetteer.is_country(code):
        return code
    return f"{code}{_SECTOR_SEP}{sector}"


def split_party(code: str) -> tuple[str, str | None]:
    """`party`'s code back as (country or organisation code, sector or None)."""
    got = _SPLIT.get(code)
    if got is None:
        if len(_SPLIT) >= _SPLIT_SIZE:
            _SPLIT.clear()
        head, _, sector = code.partition(_SECTOR_SEP)
        got = _SPLIT[code] = (head, sector or None)
    return got


# `split_party`'s answers by code: asked some hundred times per document, of a few dozen codes.
_SPLIT: dict[str, tuple[str, str | None]] = {}
_SPLIT_SIZE = 4096


@cache
def _org_actors() -> dict[str, dict[str, str]]:
    return resources.load(PIVOT, "orgs").get("actors") or {}


def org_actor(code: str) -> tuple[str, str | None]:
    """An organisation as an actor: a group of one country is that country's side ("PSE:REB"
    for Hamas); a non-governmental organisation keeps its code, with its sector."""
    spec = _org_actors().get(code, {})
    sector = spec.get("sector")
    country = spec.get("country")
    return (party(country, sector) if country else code.upper()), sector



def _sector_actors(folded: str, cues: Cues, per_sentence: list[SentenceParties],
                   words: list[tuple[int, int, str]], home: str | None, line_span: tuple[int, int],
                   sentence_of: Callable[[int], int | None], line_home: str | None = None) -> None:
    """Sector words as actors. A country or organisation named right before ("Nigerian police",
    "Serbia's parliament", "UN troops") or linked right after ("the army of Chad") owns the
    sector and the two are one mention; otherwise the sentence's one country, else `home`. An
    organ of the state in a report with a dateline is the dateline country's when the other
    countries are named only after it, not as where it acts ("BAKU - Police searched the office
    of a French agency": Azerbaijan's police, France's agency)."""
    if not words:
        return
    taken = bytearray(len(folded) + 1)
    per_sentence_count: dict[int, int] = {}
    deferred: list[tuple[int, int, int, str]] = []
    for start, end, sector in sorted(words, key=lambda w: (w[0] - w[1], w[0])):
        if any(taken[start:end]):
            continue                  # the longest wins: "police" inside "riot police"
        taken[start:end] = b"\x01" * (end - start)
        idx = sentence_of(start)
        if idx is None or (start < line_span[1] and line_span[0] < end):
            continue
        # Each word looks at its sentence's actors: a cap keeps a sentence's work linear in its length.
        per_sentence_count[idx] = per_sentence_count.get(idx, 0) + 1
        if per_sentence_count[idx] > _MAX_SECTOR_WORDS:
            continue
        parties = per_sentence[idx]
        if any(a.start < end and start < a.end for a in parties.actors) \
                or any(s.start < end and start < s.end for s in parties.seats):
            continue                  # part of a name already read ("European Parliament")
        end = word_end_of(folded, end)
        owner = _owner(folded, cues, parties.actors, start, end)
        seat = False
        where = _place_after(folded, cues, parties.places, end) if owner is None else None
        if where is not None:
            # "the leadership in Tehran", "rebels in Darfur": the place says whose, not where the act was.
            parties.places.remove(where)
            code, span = where.country, (start, where.end)
        elif owner is not None:
            parties.actors.remove(owner)
            code, span = owner.code, (min(owner.start, start), max(owner.end, end))
            if owner.sector is not None:
                # A group's or NGO's own people ("Taliban officials", "Amnesty researchers") are the group.
                parties.actors.append(owner._replace(start=span[0], end=span[1]))
                continue
        elif (person := _titled(folded, parties.actors, end)) is not None:
            # "opposition leader Alexei Navalny", "Оппозиционер Алексей Навальный": the person the
            # sector word titles says whose it is, whatever other country the sentence names.
            code, span = person.code, (start, end)
        else:
            # Where someone came from ("on his return from Germany") does not say whose they are.
            countries = {split_party(a.code)[0] for a in parties.actors
                         if a.kind in ("country", "sector") and not a.origin}
            places = {p.country for p in parties.places if p.country}
            named = countries | places
            # The sentence's one country; the dateline's only when the sentence names none, and not
            # where they came from ("Прилетевший из Германии журналист": of no country said).
            came_from = {split_party(a.code)[0] for a in parties.actors if a.origin}
            code = next(iter(named)) if len(named) == 1 else None if named or home in came_from else home
            if line_home is not None and code != line_home and sector in _HOME_ORGANS \
                    and _acted_on_abroad(parties, line_home, start):
                code = line_home
            # "In Moscow, officials promised ...": the place's people speak for it, as its seat
            # does, and the place before them is who speaks, not a venue.
            seat = not countries and code in places
            if seat:
                parties.places = [p for p in parties.places if p.start > start or p.country != code]
            span = (start, end)
            if code is None:
                if len(named) > 1 and sector not in state_sectors():
                    deferred.append((idx, start, end, sector))
                continue
        _add_sector(folded, cues, parties, span, code, sector, owner, seat)
    for idx, start, end, sector in deferred:
        # "The Ethiopian army attacked rebel positions near the border with Eritrea": people
        # outside the state, named beside one country's organ, are that country's.
        parties = per_sentence[idx]
        organs = {split_party(a.code)[0] for a in parties.actors if a.kind == "sector" and a.sector in state_sectors()}
        if len(organs) == 1:
            _add_sector(folded, cues, parties, (start, end), next(iter(organs)), sector, None, False)


def _acted_on_abroad(parties: SentenceParties, line_home: str, start: int) -> bool:
    """Whether the countries other than the dateline's that a sentence names all come after an organ
    word at `start`, none as a setting ("in Georgia") or an origin, and none of its places lies abroad:
    what they name is what the dateline country's organ acts on."""
    others = [a for a in parties.actors if a.kind in ("country", "sector", "org")
              and split_party(a.code)[0] != line_home]
    return bool(others) and all(a.start > start and not a.locative and not a.origin and a.kind != "org"
                                for a in others) \
        and all(p.country in (None, line_home) for p in parties.places)


def _add_sector(folded: str, cues: Cues, parties: SentenceParties, span: tuple[int, int], code: str, sector: str,
                owner: ActorMention | None, seat: bool) -> None:
    """A sector word as an actor of `code`'s sector."""
    before, agent, after_phrase = _context(folded, span[0], cues)
    locative = _is_locative(folded, span[0], before, folded[span[0]:span[1]], None, cues, after_phrase)
    parties.actors.append(ActorMention(span[0], span[1], party(code, sector),
                                       owner.entity if owner is not None else "", "sector",
                                       agent, locative, seat, sector=sector))


# Organs that act where the report is filed: the police ("BAKU - Police searched ...").
_HOME_ORGANS = frozenset({"COP"})
_TITLE_GAP_CHARS = 24     # "opposition leader Alexei Navalny": words of a title between a sector word and a name


def _titled(folded: str, actors: list[ActorMention], end: int) -> ActorMention | None:
    """A person of known country named right after a sector word, at most a title word between."""
    for a in actors:
        if a.kind == "person" and a.code and end <= a.start <= end + _TITLE_GAP_CHARS:
            gap = folded[end:a.start]
            if len(gap.split()) <= 1 and not any(ch in gap for ch in ",;:.()"):
                return a
    return None


def _place_after(folded: str, cues: Cues, places: list[PlaceMention], end: int) -> PlaceMention | None:
    """A place right after a sector word and a locative preposition ("police in Lagos")."""
    for p in places:
        if p.start >= end and p.country and folded[end:p.start].strip() in cues.locative_prepositions:
            return p
    return None


def _owner(folded: str, cues: Cues, actors: list[ActorMention], start: int, end: int) -> ActorMention | None:
    """The country or organisation that a sector word at start..end belongs to, if named next to it."""
    for a in actors:
        if a.kind not in ("country", "org") or (a.sector is not None and a.kind != "org") or a.origin:
            continue              # "из Германии журналист": where they came from is not whose they are
        if a.end <= start:
            gap = folded[a.end:start]
            if len(gap) <= _OWNER_GAP_CHARS and not gap.replace("'s", "").strip(" -'"):
                return a
        elif a.start >= end and (folded[end:a.start].strip() in cues.owner_links
                                 or (a.kind == "country" and a.locative
                                     and folded[end:a.start].strip() in cues.locative_prepositions)):
            return a            # "the army of Chad", "police in Armenia"
    return None
