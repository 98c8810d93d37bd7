"""`Outcome`: what became of one input, the one value every engine and every output shares."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Outcome:
    """What became of one input: its record, or a rejection with its reason.

    `key` identifies the input's content (so a re-run can skip it); `input` names it for people.
    """

    key: str
    input: str
    record: dict[str, Any] | None = None
    reason: str | None = None
    record_json: str | None = None      # the record serialised (by a worker), if at hand
    # Or, instead of `record`, its rows already made by a worker (see `store.rows.as_rows`):
    # the writing process then only inserts them.
    rows: Any = None                    # a `store.rows.RecordRows` (the store sits above this module)
    document_id: str | None = None      # set whenever `record` itself is left out

    @property
    def id(self) -> str | None:
        """The record's document id; None for a rejected input."""
        if self.document_id is not None:
            return self.document_id
        return None if self.record is None else self.record["id"]
