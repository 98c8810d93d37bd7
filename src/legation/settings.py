"""One settings path: packaged defaults, then a user file, then options.

Resolved once into a frozen `Settings` that is passed explicitly.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

USER_FILE_ENV = "LEGATION_SETTINGS"


@dataclass(frozen=True)
class Settings:
    max_bytes: int = 5_000_000             # inputs larger than this are rejected
    min_chars: int = 20                    # shorter cleaned bodies are rejected
    # A document whose extraction takes longer is rejected ("took longer than N s"), so one
    # runaway input never stalls a batch; 0 = no limit. Articles take milliseconds; the
    # largest input `max_bytes` allows, at its worst, takes tens of seconds.
    max_seconds: float = 30.0
    languages: tuple[str, ...] = ()        # restrict language identification; () = all supported
    default_lang: str | None = None        # used when identification is not confident
    pipeline: tuple[str, ...] = ()         # stage names; () = the default pipeline
    db: str = "legation.duckdb"
    # The sentence reader (the `reader` extra): "add" gives a sentence with two actors and no
    # matched event the reader's event when it is at least `events_reader_threshold` sure.
    events_reader: str = "off"             # off | add
    events_reader_threshold: float = 0.5

    def __post_init__(self) -> None:
        if self.max_bytes <= 0:
            raise ValueError("max_bytes must be positive")
        if self.min_chars < 0:
            raise ValueError("min_chars must not be negative")
        if self.max_seconds < 0:
            raise ValueError("max_seconds must not be negative (0 = no limit)")
        if self.events_reader not in ("off", "add"):
            raise ValueError("events_reader must be 'off' or 'add'")
        if not 0.0 < self.events_reader_threshold <= 1.0:
            raise ValueError("events_reader_threshold must lie in (0, 1]")


def user_file() -> Path:
    env = os.environ.get(USER_FILE_ENV)
    if env:
        return Path(env)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "legation" / "settings.toml"


def load_settings(overrides: dict[str, Any] | None = None, *, path: Path | None = None) -> Settings:
    """Defaults, then the user's TOML file (if any), then `overrides` (None values ignored)."""
    values: dict[str, Any] = {}
    file = path or user_file()
    if file.is_file():
        with file.open("rb") as fh:
            values.update(tomllib.load(fh))
    for key, value in (overrides or {}).items():
        if value is not None:
            values[key] = value
    known = {f.name for f in dataclasses.fields(Settings)}
    unknown = sorted(set(values) - known)
    if unknown:
        raise ValueError(f"unknown setting(s) {', '.join(unknown)} in {file}")
    for key in ("languages", "pipeline"):
        if key in values:
            values[key] = tuple(values[key])
    return Settings(**values)


DEFAULT = Settings()
