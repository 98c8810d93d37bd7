"""A watch's state in the store: what each source answered last, and what became of each item.

Written inside the transaction of the batch the items are stored in (`Store.write_batch`
with `also=`), so an item is marked seen exactly when its document is stored, and a
source's ETag is kept only with the last of the items its listing brought.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .core import Store

MAX_ATTEMPTS = 5     # passes an item that fails to fetch (5xx, network) is tried in before it is given up


@dataclass(frozen=True)
class SourceState:
    name: str
    url: str
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    polled_at: dt.datetime | None = None
    ok_at: dt.datetime | None = None
    failures: int = 0
    last_error: str | None = None


@dataclass(frozen=True)
class ItemState:
    """One listed item after a fetch: stored (its input `key`), refused, or failed for now."""

    url: str
    source: str
    key: str
    feed_title: str | None
    title: str | None
    published: dt.date | None
    fetched_at: dt.datetime | None
    failed: str | None = None         # a failure worth trying again (5xx, network), with its reason
    attempts: int = 1


def source_states(store: Store) -> dict[str, SourceState]:
    """Every source's last state, by name."""
    rows = store._con.execute("SELECT name, url, title, etag, last_modified, polled_at, ok_at, failures, "
                              "last_error FROM watch_sources").fetchall()
    return {r[0]: SourceState(*r) for r in rows}


def known_items(store: Store, urls: Sequence[str]) -> dict[str, tuple[str, int]]:
    """For the URLs already listed by some source: url -> (outcome, attempts)."""
    if not urls:
        return {}
    rows = store._con.execute("SELECT url, outcome, attempts FROM watch_items "
                              "WHERE url IN (SELECT unnest($1::VARCHAR[]))", [list(urls)]).fetchall()
    return {url: (outcome, attempts) for url, outcome, attempts in rows}


def write_state(store: Store, items: Sequence[ItemState], sources: Sequence[SourceState],
                now: dt.datetime) -> None:
    """Record items and sources, replacing their earlier rows (call inside a transaction)."""
    con = store._con
    if items:
        urls = [i.url for i in items]
        stored = {k: (o, d) for k, o, d in con.execute(
            "SELECT key, outcome, document_id FROM inputs WHERE key IN (SELECT unnest($1::VARCHAR[]))",
            [[i.key for i in items]]).fetchall()}
        reasons = dict(con.execute(
            "SELECT key, any_value(reason) FROM rejects WHERE key IN (SELECT unnest($1::VARCHAR[])) "
            "GROUP BY key", [[i.key for i in items]]).fetchall())
        con.execute("DELETE FROM watch_items WHERE url IN (SELECT unnest($1::VARCHAR[]))", [urls])
        rows: list[tuple[Any, ...]] = []
        for i in items:
            outcome, document_id = stored.get(i.key, ("failed", None))
            reason = i.failed if outcome == "failed" else reasons.get(i.key)
            rows.append((i.url, i.source, i.feed_title, i.title, i.published, i.fetched_at, outcome,
                         reason, document_id, i.attempts, now))
        con.executemany("INSERT INTO watch_items VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    if sources:
        con.execute("DELETE FROM watch_sources WHERE name IN (SELECT unnest($1::VARCHAR[]))",
                    [[s.name for s in sources]])
        con.executemany("INSERT INTO watch_sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [(s.name, s.url, s.title, s.etag, s.last_modified, s.polled_at, s.ok_at,
                          s.failures, s.last_error) for s in sources])

