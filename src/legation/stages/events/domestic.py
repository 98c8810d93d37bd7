"""Domestic events: one country on both sides, when the text names no country word.

A protest (a type flagged `inward`) is the people of a country against its state; a
coercive act (`repressive`) is the state acting on its own people. Which country: the
one the sentence's actors name (the police, the government, a capital or city read
as a party); with none, a city of the sentence; else the article's home (the
dateline's country, the language's home country, the article's main country). The
sides stay apart as a party outside the state ("GEO:CVL") and the state ("GEO"),
so the event is coded as domestic and never paired with a foreign country the
article is also about.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from ... import gazetteer
from ...document import Document
from ...resources.event_types import EventType
from .actors import CIVILIANS, ActorMention, PlaceMention, party, split_party
from .data import state_sectors
from .._counting import most_named

_STATE_KINDS = ("country", "institution", "place", "sector")


def main_country(doc: Document) -> str | None:
    """The country the article names most (countries, and the countries of its places and
    officials); the first named wins a tie. None when it names none."""
    def named() -> Iterator[tuple[str, int, int]]:
        for ent in doc.entities:
            if ent.kind == "country" and ent.code:
                code = ent.code.upper()
            elif ent.kind in ("place", "person") and ent.country:
                code = ent.country.upper()
            else:
                continue
            if gazetteer.is_country(code):
                yield code, len(ent.mentions) or 1, min((m.start for m in ent.mentions), default=0)
    return most_named(named())


def _country(actor: ActorMention) -> str | None:
    code, _ = split_party(actor.code)
    return code if gazetteer.is_country(code) else None


def _of_state(actor: ActorMention) -> bool:
    """An organ of a country's state: the country itself, its capital, a body, a state sector."""
    _, sector = split_party(actor.code)
    if sector is not None:
        return False
    return actor.sector is None or actor.sector in state_sectors()


def _people(actor: ActorMention, country: str) -> ActorMention:
    return ActorMention(actor.start, actor.end, party(country, CIVILIANS), "", "sector", sector=CIVILIANS)


def _state(actor: ActorMention, country: str) -> ActorMention:
    # The state as a whole, no organ of it named: the country without a sector.
    return ActorMention(actor.start, actor.end, country, "", "country")


def sides(info: EventType, source: ActorMention | None, target: ActorMention | None
          ) -> tuple[ActorMention | None, ActorMention | None]:
    """The two sides of a protest or a coercive act that names one country only: its people
    and its state, the way round the type says. Pairs of two countries are left alone."""
    if not (info.inward or info.repressive):
        return source, target
    known = [a for a in (source, target) if a is not None]
    countries = {_country(a) for a in known}
    if len(countries) != 1 or None in countries:
        return source, target
    country = next(iter(countries))
    assert country is not None
    outside = [a for a in known if not _of_state(a)]
    state = [a for a in known if _of_state(a) and a.kind in _STATE_KINDS + ("person",)]
    if len(outside) == 2:
        return source, target           # two sides outside the state: their own affair
    anchor = known[0]
    people = outside[0] if outside else _people(anchor, country)
    organ = state[0] if state else _state(anchor, country)
    if organ.kind == "person" and not outside and info.repressive:
        # "detained the city's mayor": the official is who was acted upon, the state acted.
        return _state(organ, country), _people(organ, country)
    if info.repressive:
        return organ, people
    return people, organ


def nobody(info: EventType, places: list[PlaceMention], home: str | None, at: int
           ) -> list[tuple[ActorMention | None, ActorMention | None]]:
    """The sides of a protest or coercive act whose sentence names no one ("Dozens were
    detained", "thousands took to the streets"): the people and state of the sentence's
    place, else of the article's home."""
    country = next((p.country for p in places if p.locative and p.country and gazetteer.is_country(p.country)),
                   None) or home
    if not (info.inward or info.repressive) or country is None:
        return []
    anchor = ActorMention(at, at, country, "", "country")
    people, organ = _people(anchor, country), _state(anchor, country)
    return [(organ, people)] if info.repressive else [(people, organ)]


_ADDRESSEE_CHARS = 2     # a space (and a one-letter word) between a demand and whom it is made to


def frame(info: EventType, actors: list[ActorMention], start: int = -1, end: int = -1) -> list[ActorMention]:
    """The actors of an act between one country's state and its own people: when the sentence
    names an organ of one country's state (its police, army, government, an official) and
    people of that country outside the state (protesters, rebels, residents, the opposition),
    and any other country only bare (no organ, no official, not the agent of a passive: "near the
    border with Eritrea", "the handover of villages to Azerbaijan"), only that country's actors
    take part. Where someone came from ("on his return from Germany") takes no part in a
    protest or a coercive act, even when no one else is named ("задержан мужчина, прилетевший из
    Берлина" is no German act): the act was done where they arrived. A demand's addressee
    (`addressed`) is no circumstance: another country named after the act at `start` and before
    the people ("demanded that Russia free the American journalist", "потребовал, чтобы Россия
    освободила журналиста") is who is asked."""
    if not info.home_front:
        return actors
    if info.repressive or info.inward:
        actors = [a for a in actors if not a.origin]
    people = {split_party(a.code)[0] for a in actors if a.kind == "sector" and a.sector not in state_sectors()}
    if len(people) != 1:
        return actors
    country = next(iter(people))
    organs = [a for a in actors if split_party(a.code)[0] == country and (a.sector in state_sectors() or a.kind == "person")]
    others = [a for a in actors if split_party(a.code)[0] != country]
    if not organs or not others:
        return actors
    if any(a.kind not in ("country", "place") or a.agent for a in others):
        return actors
    if info.addressed and start >= 0:
        first_people = min(a.start for a in actors if a.kind == "sector" and a.sector not in state_sectors())
        if any(start <= a.start < first_people and a.kind == "country" and not a.locative for a in others):
            return actors
        if end >= 0 and any(end <= a.start and not a.locative and a.start - end <= _ADDRESSEE_CHARS
                            for a in others):
            # "told reporters ... and urged Beijing to withdraw it": a country or its capital right
            # after the demand is whom it is made to, wherever the people were named.
            return actors
    return [a for a in actors if split_party(a.code)[0] == country]


def protest_held(folded: str, words: tuple[str, ...], source: ActorMention, target: ActorMention
                 ) -> tuple[ActorMention, ActorMention] | None:
    """The protest a coercive act reports with its target ("police dispersed demonstrators",
    "разогнала митингующих"): the people named by a word for protesters against their state."""
    if not words or target.kind != "sector" or target.sector in state_sectors():
        return None
    country = split_party(target.code)[0]
    if not gazetteer.is_country(country) or split_party(source.code)[0] != country:
        return None
    named = folded[target.start:target.end]
    if not any(named.startswith(w) or f" {w}" in named for w in words):
        return None
    return target, _state(target, country)


def protest_named(folded: str, words: tuple[str, ...], span: tuple[int, int], source: ActorMention,
                  target: ActorMention) -> tuple[ActorMention, ActorMention] | None:
    """The protest that force used against a crowd answers, when its sentence names the protest
    itself rather than its people as the target ("police dispersed a demonstration against the
    savings plans", "protesto eden gruplara müdahale etti"): the country's people against its
    state, when both sides of the coercive act are of that one country."""
    if not words:
        return None
    country = split_party(source.code)[0]
    if not gazetteer.is_country(country) or split_party(target.code)[0] != country or not _of_state(source):
        return None
    text = folded[span[0]:span[1]]
    if not any(text.startswith(w) or f" {w}" in text for w in words):
        return None
    return _people(target, country), _state(target, country)


def crowd_frame(actors: list[ActorMention], folded: str, words: tuple[str, ...], span: tuple[int, int],
                start: int) -> list[ActorMention]:
    """The actors of force used against a crowd whose protest the sentence names ("police used water
    cannon to disperse people who had gathered to protest against the decision to freeze EU accession
    talks"): with one country's state organ (its police) acting, another side named only after the act
    (what was protested against) is no side; the crowd is that country's people."""
    text = folded[span[0]:span[1]]
    if not words or not any(text.startswith(w) or f" {w}" in text for w in words):
        return actors
    organs = {c for a in actors if a.kind == "sector" and a.sector in state_sectors() and (c := _country(a))}
    if len(organs) != 1:
        return actors
    country = next(iter(organs))
    others = [a for a in actors if split_party(a.code)[0] != country]
    if not others or any(a.agent or a.start < start for a in others):
        return actors
    return [a for a in actors if split_party(a.code)[0] == country]


def charged(pairs: list[tuple[ActorMention | None, ActorMention | None]], actors: list[ActorMention],
            home: str | None, titled: bool, at: int) -> list[tuple[ActorMention | None, ActorMention | None]]:
    """The sides of a charge a state brings against its own people (a `plover.toml` kind flagged
    `own`): where the pairs name one country only (or none, with the article's home), and the
    sentence names a person, a title or a group of that country, its state charges its own people.
    A pair of two countries is left alone ("Ukraine sued Russia")."""
    if any(s is not None and t is not None and _country(s) != _country(t) for s, t in pairs):
        return pairs
    countries = {c for a in actors if (c := _country(a)) is not None}
    if len(countries) > 1:
        return pairs
    country = next(iter(countries)) if countries else home
    if country is None:
        return pairs
    own_people = [a for a in actors if _country(a) == country and (a.kind == "person" or not _of_state(a))]
    if not own_people and not titled:
        return pairs
    anchor = own_people[0] if own_people else ActorMention(at, at, country, "", "country")
    accused = own_people[0] if own_people and not _of_state(own_people[0]) else _people(anchor, country)
    return [(_state(anchor, country), accused)]


_TITLE_BEFORE_CHARS = 40   # a title before the country's adjective ("ministrul român", "وزير النقل المصري")


def official_titled(roles: list[int] | None, country: ActorMention, at: int) -> bool:
    """Whether an official's title stands next to a country's name before the act at `at`, with no name
    of a person ("Portugal's infrastructure minister resigned", "ministrul român al Transporturilor a
    demisionat"): the official, not the country, is who acts alone. `roles` are the titles' starts."""
    if not roles or country.kind != "country":
        return False
    i = bisect.bisect_left(roles, country.start - _TITLE_BEFORE_CHARS)
    return i < len(roles) and roles[i] < at
