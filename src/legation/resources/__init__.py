"""Per-language knowledge, as data: `resources/<lang>/<name>.toml`.

A `.py` file outside the tests holds no word of any natural language; every
trigger, role word, suffix, month and boilerplate phrase lives here.

The files are read from the package, or from the folder that the environment
variable `LEGATION_RESOURCES` names (a full copy of this folder, read once per
process: a test can add a language or an event type without touching the package).
"""

from __future__ import annotations

import os
import tomllib
from functools import cache
from importlib import resources as _res
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

RESOURCES_ENV = "LEGATION_RESOURCES"


def _root() -> Traversable:
    env = os.environ.get(RESOURCES_ENV)
    return Path(env) if env else _res.files(__name__)


_ROOT = _root()


def read(name: str) -> dict[str, Any]:
    """The parsed `resources/<name>` (a path relative to the resource folder)."""
    with (_ROOT / name).open("rb") as fh:
        return tomllib.load(fh)


@cache
def languages() -> tuple[str, ...]:
    """Codes of the languages that have a resource folder."""
    return tuple(sorted(p.name for p in _ROOT.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))))


@cache
def load(lang: str, name: str) -> dict[str, Any]:
    """The parsed `resources/<lang>/<name>.toml`, or {} when the language has no such file."""
    path = _ROOT / lang / f"{name}.toml"
    if not path.is_file():
        return {}
    with path.open("rb") as fh:
        return tomllib.load(fh)


def load_all(name: str) -> dict[str, dict[str, Any]]:
    """`name.toml` of every language that has one, by language code."""
    return {lang: data for lang in languages() if (data := load(lang, name))}
