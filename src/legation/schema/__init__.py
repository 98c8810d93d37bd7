"""The JSON Schema of the `legation/1` record, shipped with the package."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def document_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every `Document.to_dict()` satisfies."""
    return json.loads(resources.files(__name__).joinpath("document.schema.json").read_text("utf-8"))
