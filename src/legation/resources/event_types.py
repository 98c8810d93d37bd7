"""The PLOVER event types, from `resources/plover.toml` and nowhere else.

Everything that knows an event type asks here: the record's list of types
(`document.PLOVER_TYPES`) and its JSON Schema, the events stage (how a type
behaves), the store (intensity for the score, which pairs are unordered) and the
charts (one colour per type). Adding a type is adding a `[types.X]` table to
`plover.toml` and its triggers to the languages' `events.toml`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Any

from ..errors import ResourceError
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


_REQUIRED = ("cameo", "intensity", "colour")
_FLAGS = tuple(f.name for f in dataclasses.fields(EventType) if f.type == "bool")


def _event_type(name: str, spec: Any) -> EventType:
    where = f"types.{name}"
    if not isinstance(spec, dict):
        raise ResourceError(FILE, where, "must be a table")
    known = set(_REQUIRED) | set(_FLAGS) | {"modes"}
    for key in spec:
        if key not in known:
            raise ResourceError(FILE, f"{where}.{key}", f"unknown key (known: {', '.join(sorted(known))})")
    for key in _REQUIRED:
        if key not in spec:
            raise ResourceError(FILE, f"{where}.{key}", "missing")
    for key in _FLAGS:
        if not isinstance(spec.get(key, False), bool):
            raise ResourceError(FILE, f"{where}.{key}", "must be true or false")
    if not isinstance(spec["intensity"], int | float) or not -10 <= spec["intensity"] <= 10:
        raise ResourceError(FILE, f"{where}.intensity", "must be a number from -10 to 10")
    modes = spec.get("modes", {})
    if not isinstance(modes, dict):
        raise ResourceError(FILE, f"{where}.modes", "must be a table of mode = CAMEO code")
    return EventType(name, str(spec["cameo"]), float(spec["intensity"]), str(spec["colour"]),
                     MappingProxyType({str(k): str(v) for k, v in modes.items()}),
                     **{key: spec.get(key, False) for key in _FLAGS})


@cache
def event_types() -> Mapping[str, EventType]:
    """Every PLOVER type by name, in the order of `plover.toml`."""
    data = read(FILE)
    if set(data) != {"types"}:
        raise ResourceError(FILE, ", ".join(sorted(set(data) - {"types"})) or "types", "the file holds [types.X] only")
    return MappingProxyType({name: _event_type(name, spec) for name, spec in data["types"].items()})
