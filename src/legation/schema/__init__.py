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


@cache
def _validator() -> Any:
    import jsonschema

    schema = document_schema()
    return jsonschema.validators.validator_for(schema)(schema)


def record_problem(record: dict[str, Any]) -> str | None:
    """Why `record` does not satisfy the schema (the first problem found), or None when it does."""
    error = next(iter(_validator().iter_errors(record)), None)
    if error is None:
        return None
    where = "/".join(str(p) for p in error.absolute_path) or "the record"
    return f"{where}: {error.message[:200]}"
