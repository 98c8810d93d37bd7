"""The PLOVER event types, from `resources/plover.toml` and nowhere else.

Everything that knows an event type asks here: the record's list of types
(`document.PLOVER_TYPES`) and its JSON Schema, the events stage (how a type
behaves), the store (intensity for the score, which pairs are unordered) and the
charts (one colour per type). Adding a type is adding a `[types.X]` table to
`plover.toml` and its triggers to the languages' `events.toml`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from . import read

FILE = "plover.toml"


@dataclass(frozen=True)
class EventType:
    """What `plover.toml` says about one PLOVER type (the file's comments say what each flag means)."""

    name: str
    cameo: str                      # CAMEO code of the type; a mode may have its own
    intensity: float                # Goldstein scale: -10 hostile .. +10 cooperative
    colour: str                     # the type's colour in every chart
    modes: Mapping[str, str]        # mode -> CAMEO code
    symmetric: bool = False         # both sides act alike: pairs are unordered
    located: bool = False           # happens at a place (a dateline may give it)
    pledge: bool = False            # a promise is itself the act
    verbal: bool = False            # said, not done: a place it names is a topic, never a party
    addressed: bool = False         # made to someone: an actor marked as addressee is the target
    meeting: bool = False           # the sides meet: venue, round, visit/phone/third-party mode
    plans: bool = False             # may agree on a later act: that act's place is not this one's
    inward: bool = False            # one side named outside the state: it acts against its own state
    repressive: bool = False        # with no other country named, the state acts on its own people
    home_front: bool = False        # one country's organ and its people named: between them, other countries are circumstances
    charges: bool = False           # what follows it in its sentence is its charge, no act of the speaker's
    refuses: bool = False           # a saying right after it in its clause is what it refuses, no act of its own
    decided: bool = False           # agreeing or deciding to do it is the act itself: no AGREE beside it
    promised: str | None = None     # the type an act of this type is when its actor says it will do it
    threat: bool = False            # the type of an act promised on a condition ("... unless ...")
    alone: bool = False             # one actor may do it with no second party: its own state is the target
    alone_on: bool = False          # and then only to someone named after it (officials investigated, not a fire's cause)
    given: bool = False             # money or goods given: for a group at home ("subsidies to farmers") no act between countries
    welcomes: bool = False          # two receivers of an organisation's act doing it together praise the organisation


@cache
def event_types() -> Mapping[str, EventType]:
    """Every PLOVER type by name, in the order of `plover.toml` (checked by `resources/schema.py`)."""
    return MappingProxyType({
        name: EventType(name=name, **{**spec, "intensity": float(spec["intensity"]),
                                      "modes": MappingProxyType(spec.get("modes", {}))})
        for name, spec in read(FILE)["types"].items()
    })
