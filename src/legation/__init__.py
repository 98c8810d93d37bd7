"""legation: diplomatic and economic news, in any language, into verified event data."""

from __future__ import annotations

from .document import Document, Entity, Event, Figure, Flag
from .errors import InputError, LegationError
from .extract import extract, extract_path
from .pipeline import Pipeline
from .settings import Settings, load_settings

__all__ = [
    "Document", "Entity", "Event", "Figure", "Flag",
    "InputError", "LegationError",
    "Pipeline", "Settings", "load_settings",
    "extract", "extract_path",
    "Store",
]
__version__ = "0.1.0"


def __getattr__(name: str):  # the store pulls in DuckDB; load it on first use
    if name == "Store":
        from .store import Store

        return Store
    raise AttributeError(name)
