"""Publication dates: parsed once, where the input is read, into a `datetime.date`.

One rule decides between a date given for a run (`--published`) and a date the
input states itself (a JSON field, HTML metadata): a given date either
*overrides* what the input states (`legation extract`: one article, the user
knows best) or is only the *default* for inputs that state none (`legation
ingest`: a corpus whose own dates are better than one date for all). See `Given`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# Dates outside this span are placeholders (0001-01-01, 9999-12-31, ...), not publication dates:
# wide enough for digitised archives, narrow enough that a date from a broken feed shows up.
EARLIEST = dt.date(1800, 1, 1)
LATEST = dt.date(2199, 12, 31)

# An ISO date, alone or opening a timestamp ("2024-10-20T08:15:00Z", "2024-10-20 08:15").
_ISO = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.+\-Z ]*)?")


def parse_published(value: str | dt.date) -> dt.date:
    """`value` as a publication date; ValueError saying why when it is not one."""
    if isinstance(value, dt.date):
        day = value
    else:
        m = _ISO.fullmatch(value.strip())
        try:
            if m is None:
                raise ValueError
            day = dt.date.fromisoformat(m.group(1))
        except ValueError:
            raise ValueError(f"published {value[:40]!r} is not a date (YYYY-MM-DD)") from None
    if not EARLIEST <= day <= LATEST:
        raise ValueError(f"published {day.isoformat()} is outside {EARLIEST.year}-{LATEST.year}, "
                         "not a real publication date")
    return day


@dataclass(frozen=True)
class Given:
    """A publication date given for a whole run, and whether it overrides the inputs' own dates."""

    date: dt.date
    overrides: bool

    def published(self, stated: dt.date | None) -> dt.date | None:
        """The date an input is read with (before HTML metadata, which fills only a gap)."""
        return self.date if self.overrides else stated

    @property
    def default(self) -> dt.date | None:
        """The date for inputs that state none, even in their HTML metadata."""
        return None if self.overrides else self.date
