"""Those listed as attending an act whose doers the sentence does not name: guests of its host.

"The agreement was signed in Athens in the presence of the prime ministers of Cyprus, Bulgaria and
Romania", "... al summit cui hanno partecipato i premier di ...": the states listed after a marker of
attendance (`participant_markers`) were guests of the country where it happened; each met that
host. They did not sign with, support or act upon one another: nothing in the sentence says so.
When the sentence names who acted ("Greece and Cyprus signed ... in the presence of ..."), the
witnesses are read elsewhere (`company.witnesses`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ...resources.event_types import EventType
from .actors import ActorMention, PlaceMention, split_party

if TYPE_CHECKING:
    from . import Candidate

_GUEST_KINDS = ("person", "country")     # who attends in person: a state or its official


def _host_place(acts: Sequence[Candidate], places: Sequence[PlaceMention], guests: Mapping[str, ActorMention]
                ) -> PlaceMention | None:
    """Where the act happened, in a country none of the guests is: the act's place, else a place the
    sentence names with a locative."""
    found = [c.place for c in acts if c.place is not None] + [p for p in places if p.locative]
    for p in found:
        if p.country and p.country.upper() not in guests:
            return p
    return None


def guests_of_host(acts: list[Candidate], actors: Sequence[ActorMention], places: Sequence[PlaceMention],
                   table: Mapping[str, EventType], meeting_type: str | None) -> list[Candidate]:
    """A sentence's acts with those among listed attendees replaced by each attendee's meeting with
    the host (the country of the place named). Unchanged when the sentence names a side that is no
    attendee or lists fewer than two; with no place named outside their countries, only their acts on
    one another go."""
    if meeting_type is None or not acts:
        return acts
    guests: dict[str, ActorMention] = {}
    for a in actors:
        if a.participant and a.kind in _GUEST_KINDS:
            guests.setdefault(split_party(a.code)[0], a)
    if len(guests) < 2 or any(not a.locative and not a.participant and a.kind in _GUEST_KINDS + ("org",)
                              for a in actors):
        return acts

    def among(c: Candidate) -> bool:
        return c.source is not None and c.target is not None \
            and split_party(c.source.code)[0] in guests and split_party(c.target.code)[0] in guests

    between = [c for c in acts if among(c)]
    if not between:
        return acts
    # The talks of guests with one another at the gathering stay (they met there); what else they did to
    # one another is no act of theirs, wherever it was.
    out = [c for c in acts if not among(c) or table[c.type].meeting]
    place = _host_place(between, places, guests)
    if place is None or place.country is None:
        return out
    host = ActorMention(place.start, place.end, place.country.upper(), place.entity, "country")
    first = between[0]
    trig = replace(first.trigger, type=meeting_type, mode="visit", passive=False, host=False, weak=False, gap=(), kind=None)
    met = {(c.source.code, c.target.code) for c in out if c.source is not None and c.target is not None
           and c.type == meeting_type}
    for guest in guests.values():
        if (guest.code, host.code) in met or (host.code, guest.code) in met:
            continue
        out.append(replace(first, type=meeting_type, trigger=trig, source=guest, target=host, place=place,
                           explicit=2, place_stated=True))
    return out


__all__ = ["guests_of_host"]
