"""The JSON Schema of the `legation/1` record, shipped with the package.

The event types in it come from `resources/plover.toml` when it is loaded (a test
checks that the shipped file lists the same types, for readers outside Python).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from ..document import PLOVER_TYPES


def shipped_schema() -> dict[str, Any]:
    """`document.schema.json` as the package ships it."""
    return json.loads(resources.files(__name__).joinpath("document.schema.json").read_text("utf-8"))


def event_type_enum(schema: dict[str, Any]) -> list[str]:
    """The event types a schema allows (a reference into it: changing it changes the schema)."""
    enum: list[str] = schema["properties"]["events"]["items"]["properties"]["type"]["enum"]
    return enum


@cache
def document_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every `Document.to_dict()` satisfies."""
    schema = shipped_schema()
    event_type_enum(schema)[:] = PLOVER_TYPES
    return schema
