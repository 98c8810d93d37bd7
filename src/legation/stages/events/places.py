"""Where an event happened: places in its sentence, buildings named as venues, the dateline.

A locative place in the sentence comes first; a building named as the venue
("im Kanzleramt", "в Кремле", "Ak Orda'da") stands for the dateline's city when
that lies in the building's country, else for the capital; a capital named as
a party of talks is also their venue; the dateline locates the news it heads.
"""

from __future__ import annotations

import datetime as dt

from ... import gazetteer
from ...document import Document
from . import actors as actors_mod
from ..dates import Dateline
from .actors import ActorMention, PlaceMention, split_party
from .detail import Scan, has_cue

_PLAN_REACH = 48              # characters before a place a "next"/"following" word may sit in
_DATELINE_REACH_DAYS = 7     # the lead reports acts of the last days under its dateline
_DATELINE_ONLY_CHARS = 24     # a lead sentence that holds little more than the dateline itself
# A seat named like a city this big is that city ("Den Haag"); smaller namesakes are districts
# named after the building ("Paris 08 Élysée", "Moncloa-Aravaca").
_SEAT_CITY_POPULATION = 200_000


def dateline_place(doc: Document) -> PlaceMention | None:
    """The place the dateline names, when the entities stage found it."""
    line = doc.layers.get("dateline")
    if not isinstance(line, Dateline):
        return None
    for ent in doc.entities:
        if ent.kind != "place":
            continue
        for m in ent.mentions:
            if m.start < line.end and line.start < m.end:
                return PlaceMention(m.start, m.end, actors_mod.english_name(ent.geonameid, ent.name),
                                    ent.country, ent.id, True, False)
    # A seat that also names its government ("DEN HAAG", an actor in nl) is still the dateline's city.
    found = gazetteer.city_named(line.place)
    if found is None:
        return None
    return PlaceMention(line.start, line.end, found.name, found.country, "", True, False)


def act_place(scan: Scan, sent: tuple[int, int], place: PlaceMention, start: int, end: int,
              hosts: frozenset[str] = frozenset()) -> bool:
    """Whether a place in an agreement's sentence is where the agreement was made: not after the
    promise unless a scene word leads to it ("during their meeting in Tashkent") or it lies in the
    country of the talks' broker or host (`hosts`), never a planned meeting's venue ("the next
    round in Astana", "növbəti raundun Astanada")."""
    if place.destination and not place.locative:
        return False
    if has_cue(scan, "plan", max(sent[0], place.start - _PLAN_REACH), place.start):
        return False
    if place.start > start:
        return has_cue(scan, "scene", end, place.start) is not None or (place.locative and place.country in hosts)
    return True


def capital_venue(doc: Document, actors: list[ActorMention], source: ActorMention | None,
                   target: ActorMention | None, hosts: frozenset[str] = frozenset()) -> PlaceMention | None:
    """A capital named as a party of talks, or as their host, is also where they were held
    ("посетил Баку", "talks hosted by Beijing")."""
    codes = {a.code for a in (source, target) if a is not None} | hosts
    for a in actors:
        if a.kind == "place" and a.code in codes:
            ent = doc.entity(a.entity)
            if ent is not None:
                return PlaceMention(a.start, a.end, actors_mod.english_name(ent.geonameid, ent.name),
                                    ent.country, ent.id, True, False)
    return None


def seat_venue(text: str, seats: list[ActorMention], source: ActorMention | None, target: ActorMention | None,
                line_place: PlaceMention | None, third_party: bool = False) -> PlaceMention | None:
    """A building named as the venue ("im Kanzleramt", "в Кремле", "Ak Orda'da") stands for the
    dateline's city when that lies in the building's country, else for its country's capital;
    a seat that is a city of its country is that city ("Den Haag" speaks for the Dutch government
    but is not its capital). A meeting may be held in a third country's building (two leaders at
    the White House)."""
    codes = {a.code for a in (source, target) if a is not None}
    for seat in seats:
        if seat.kind != "institution" or (seat.code not in codes and not third_party):
            continue
        named = gazetteer.city_named(text[seat.start:seat.end])
        if named is not None and named.country == seat.code and named.population >= _SEAT_CITY_POPULATION:
            return PlaceMention(seat.start, seat.end, named.name, named.country, "", True, False)
        if line_place is not None and line_place.country == seat.code:
            return PlaceMention(seat.start, seat.end, line_place.name, line_place.country, line_place.entity,
                                True, False)
        try:
            city = gazetteer.capital(seat.code)
        except (KeyError, OSError, ValueError):
            city = None
        if city is not None:
            return PlaceMention(seat.start, seat.end, city.name, city.country, "", True, False)
    return None


def lead_sentences(doc: Document, line: Dateline) -> set[int]:
    """The sentences the dateline heads: its own, and the next when its own is little more."""
    idx = doc.sentence_of(line.start)
    if idx is None:
        return set()
    _, end = doc.sentences[idx]
    rest = 0
    for ch in doc.text[line.end:end]:
        rest += ch.isalpha()
        if rest >= _DATELINE_ONLY_CHARS:
            return {idx}
    return {idx, idx + 1}


def recent(iso: str | None, ref: str | None) -> bool:
    """Whether `iso` lies within a few days before `ref` (any date when there is no `ref`)."""
    when, anchor = iso_date(iso), iso_date(ref)
    if when is None:
        return False
    return anchor is None or 0 <= (anchor - when).days <= _DATELINE_REACH_DAYS


def place_for(places: list[PlaceMention], source: ActorMention | None, target: ActorMention | None,
              pos: int, meeting: bool, hosts: frozenset[str] = frozenset()) -> PlaceMention | None:
    """The place in the sentence that locates an act of the pair: one inside either country
    (the nearest), else one in the country of a broker or third side at the table (`hosts`:
    "agreed in talks hosted by China in Beijing"), else for a meeting a venue in a third
    country, else the one place named."""
    if not places:
        return None
    # A side of its country (rebels, the opposition) is in that country.
    codes = {split_party(a.code)[0] for a in (source, target) if a is not None}
    inside = [p for p in places if p.country in codes] or \
        [p for p in places if p.country in hosts and p.locative]
    if inside:
        return min(inside, key=lambda p: abs(p.start - pos))
    if meeting:
        venues = [p for p in places if p.locative or p.destination]
        return min(venues, key=lambda p: abs(p.start - pos)) if venues else None
    return None if len(codes) > 1 else (places[0] if places else None)


def iso_date(value: str | None) -> dt.date | None:
    """`value` (an ISO date, maybe with a time) as a date, or None."""
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
