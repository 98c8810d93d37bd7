"""The server's hold on the store: one read-only connection, open only while requests need it.

Every request reads through a cursor of one connection whose DuckDB buffer is sized for the
pages computed at once (`MEMORY_PER_PAGE` each). The file is closed whenever no request is
in flight, so a writer (an ingest, a watch) can take its turn; while one has claimed the
store, the connection is also let go after `LEASE` seconds of continuous use, however busy
the server is, and not taken again for `GRACE` seconds (see `store.access`).

Answers are cached, for as long as the file is unchanged since they were computed.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..store import Store
from ..store.access import writer_active
from ..store.queries import Queries

MEMORY_PER_PAGE = 64          # MB of DuckDB buffer per page computed at once
OPEN_WAIT = 10.0              # seconds a request waits for a writer's batch before it gives up
LEASE = 1.0                   # seconds the server holds the file at a stretch while a writer waits
GRACE = 0.2                   # seconds the file is left free after a lease, for the writer to take it
CACHE_SIZE = 1024             # answers kept


class StorePool:
    """Read-only queries over the store at `path`, for up to `pages` requests at once."""

    def __init__(self, path: str | Path, pages: int) -> None:
        self.path = str(path)
        self.memory_limit = f"{MEMORY_PER_PAGE * pages}MB"
        self._cond = threading.Condition()
        self._store: Store | None = None
        self._users = 0
        self._opened = 0.0
        self._draining = False
        self._free_until = 0.0
        self._version: tuple[int, ...] | None = None
        self._cache: OrderedDict[tuple[Any, ...], Any] = OrderedDict()

    @contextmanager
    def queries(self) -> Iterator[Queries]:
        """The store's queries over a cursor of the shared connection, for one request."""
        with self._cond:
            while self._draining or (self._store is None and time.monotonic() < self._free_until):
                self._cond.wait(timeout=max(0.01, self._free_until - time.monotonic()))
            if self._store is None:
                self._store = Store(self.path, read_only=True, memory_limit=self.memory_limit, wait=OPEN_WAIT)
                self._opened = time.monotonic()
            self._users += 1
            cursor = self._store._con.cursor()
        try:
            yield Queries(cursor)
        finally:
            cursor.close()
            with self._cond:
                self._users -= 1
                if not self._draining and time.monotonic() - self._opened > LEASE and writer_active(self.path):
                    self._draining = True
                if self._users == 0:
                    self._store.close()
                    self._store = None
                    if self._draining:
                        self._draining = False
                        self._free_until = time.monotonic() + GRACE
                    self._cond.notify_all()

    def cached(self, key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
        """The answer for `key`, computed by `compute` unless the unchanged store already gave it."""
        with self._cond:
            self._forget_if_changed()
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        value = compute()
        with self._cond:
            self._cache[key] = value
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return value

    def _forget_if_changed(self) -> None:
        # A writer's commits change the file or its log (two stat calls, far cheaper than a query).
        version = tuple(int(x) for suffix in ("", ".wal") for x in _stat(self.path + suffix))
        if version != self._version:
            self._cache.clear()
            self._version = version

    def close(self) -> None:
        with self._cond:
            if self._store is not None:
                self._store.close()
                self._store = None


def _stat(path: str) -> tuple[int, int]:
    try:
        st = Path(path).stat()
    except OSError:
        return (0, 0)
    return (st.st_mtime_ns, st.st_size)
