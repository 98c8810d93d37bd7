"""Per-language knowledge, as data: `resources/<lang>/<name>.toml`.

A `.py` file outside the tests holds no word of any natural language; every
trigger, role word, suffix, month and boilerplate phrase lives here. Every file
is checked against its declaration in `resources/schema.py` when it is loaded.

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

from ..errors import ResourceError
from .schema import FILES, LEVELS, SHARED, Shape

RESOURCES_ENV = "LEGATION_RESOURCES"


def _root() -> Traversable:
    env = os.environ.get(RESOURCES_ENV)
    return Path(env) if env else _res.files(__name__)


_ROOT = _root()


def _parse(path: Traversable, name: str, shape: Shape) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ResourceError(name, "(file)", f"not valid TOML: {exc}") from None
    shape.check(data, name, "")
    return data


def read(name: str) -> dict[str, Any]:
    """The parsed `resources/<name>`, a file outside the language folders (`plover.toml`)."""
    return _parse(_ROOT / name, name, SHARED[name])


@cache
def languages() -> tuple[str, ...]:
    """Codes of the languages that have a resource folder."""
    return tuple(sorted(p.name for p in _ROOT.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))))


@cache
def load(lang: str, name: str) -> dict[str, Any]:
    """The parsed `resources/<lang>/<name>.toml`, or {} when the language has no such file.

    `lang` "_all" reads the files every language shares.
    """
    file = f"{lang}/{name}.toml"
    shape = SHARED.get(file) if lang == "_all" else FILES.get(name)
    if shape is None:
        raise ResourceError(file, "(file)", "not declared in resources/schema.py")
    path = _ROOT / lang / f"{name}.toml"
    if not path.is_file():
        return {}
    return _parse(path, file, shape)


def load_all(name: str) -> dict[str, dict[str, Any]]:
    """`name.toml` of every language that has one, by language code."""
    return {lang: data for lang in languages() if (data := load(lang, name))}


def support(lang: str) -> str | None:
    """The support level `<lang>/language.toml` declares (None when it declares none)."""
    level = load(lang, "language").get("support")
    if level is not None and level not in LEVELS:
        raise ResourceError(f"{lang}/language.toml", "support", f"must be one of {', '.join(LEVELS)}")
    return level


def supporting(level: str) -> tuple[str, ...]:
    """The languages supported at `level` or beyond."""
    order = list(LEVELS)
    return tuple(lang for lang in languages()
                 if (own := support(lang)) is not None and order.index(own) >= order.index(level))


def lacks(lang: str) -> list[str]:
    """What `lang` misses for its declared level: files it needs, files the schema does not know.

    Each file it has is also checked against the schema (a `ResourceError` if one does not fit).
    """
    level = support(lang)
    if level is None:
        return ["language.toml with a support level"]
    order = list(LEVELS)
    needed = [name for lv in order[:order.index(level) + 1] for name in LEVELS[lv]]
    folder = _ROOT / lang
    present = {p.name.removesuffix(".toml") for p in folder.iterdir() if p.name.endswith(".toml")}
    out = [f"{name}.toml" for name in needed if name not in present]
    out += [f"{name}.toml (not declared in resources/schema.py)" for name in sorted(present - set(FILES))]
    for name in sorted(present & set(FILES)):
        load(lang, name)
    return out
