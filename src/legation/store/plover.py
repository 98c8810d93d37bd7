"""PLOVER intensities for the cooperation-conflict score.

An event's own `intensity` wins; otherwise the type's intensity from
`resources/plover.toml` (kept by the events stage); otherwise a fallback on the
same -10 (most conflictual) .. +10 (most cooperative) scale.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources as ir
from typing import Any

from ..document import PLOVER_TYPES

# Used only when resources/plover.toml does not give a type an intensity.
_FALLBACK = {
    "AGREE": 3.0, "CONSULT": 1.0, "SUPPORT": 3.5, "CONCEDE": 5.0, "COOPERATE": 6.0, "AID": 7.0,
    "RETREAT": 5.0, "REQUEST": -1.0, "ACCUSE": -2.0, "REJECT": -4.0, "THREATEN": -6.0,
    "PROTEST": -6.5, "SANCTION": -7.0, "MOBILIZE": -7.5, "COERCE": -8.0, "ASSAULT": -10.0,
}


def _find(table: Any, found: dict[str, float]) -> None:
    """Collect `TYPE = {intensity = x}` or `TYPE = x` wherever it sits in the file."""
    if not isinstance(table, dict):
        return
    for key, value in table.items():
        name = str(key).upper()
        if name in PLOVER_TYPES:
            if isinstance(value, dict) and isinstance(value.get("intensity"), int | float):
                found.setdefault(name, float(value["intensity"]))
            elif isinstance(value, int | float) and not isinstance(value, bool):
                found.setdefault(name, float(value))
        elif isinstance(value, dict):
            _find(value, found)


@cache
def intensities() -> dict[str, float]:
    """Type -> intensity, from the packaged resources where they give one."""
    found: dict[str, float] = {}
    try:
        data = (ir.files("legation") / "resources" / "plover.toml").read_bytes()
        _find(tomllib.loads(data.decode("utf-8")), found)
    except (FileNotFoundError, OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        pass
    return {**_FALLBACK, **found}


def intensity(type_: str, own: float | None = None) -> float | None:
    """The intensity of an event of `type_` (its own value when it has one)."""
    if own is not None:
        return own
    return intensities().get(type_)
