"""The server's hold on the store: one read-only connection, open only while requests need it.

Every request reads through a cursor of one connection whose DuckDB buffer is sized for the
pages computed at once (`MEMORY_PER_PAGE` each). When a writer (an ingest, a watch) has
claimed the store (see `store.access`), the file is closed as soon as no request is in
flight; when the writer asks for its turn, or after `LEASE` seconds of continuous use,
new requests wait until those in flight end, and the file is then left free for `GRACE`
seconds so that the writer can take it. Without a writer, it is
closed after `IDLE` seconds without requests.

Answers are cached for as long as the file is unchanged since they were computed, or, while
a writer is still writing, for up to `FRESH` seconds.
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
from ..store.access import writer_active, writer_waiting
from ..store.queries import Queries

MEMORY_PER_PAGE = 64          # MB of DuckDB buffer per page computed at once
OPEN_WAIT = 10.0              # seconds a request waits for a writer's batch before it gives up
LEASE = 1.0                   # seconds the server holds the file at a stretch while a writer waits
GRACE = 0.2                   # seconds the file is left free after a lease, for the writer to take it
IDLE = 5.0                    # seconds without a request after which the file is closed
CHECK = 0.25                  # seconds between checks for a waiting writer
FRESH = 10.0                  # seconds an answer may lag behind a writer that is still writing
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
        self._computing: set[tuple[Any, ...]] = set()
        self._idle_since = 0.0
        self._opening = False
        self._opened_ns = 0
        self._cleared = 0.0
        self._closed = threading.Event()
        threading.Thread(target=self._watch, name="legation-store-pool", daemon=True).start()

    @contextmanager
    def queries(self) -> Iterator[Queries]:
        """The store's queries over a cursor of the shared connection, for one request."""
        with self._cond:
            while self._draining or self._opening or (self._store is None and time.monotonic() < self._free_until):
                self._cond.wait(timeout=max(0.01, self._free_until - time.monotonic()))
            opening = self._opening = self._store is None
            if not opening:
                self._users += 1
                cursor = self._store._con.cursor()
        if opening:
            # Opened without the lock held: it may wait for a writer's batch, and the cache
            # (which the event loop reads) must not wait with it.
            try:
                store = Store(self.path, read_only=True, memory_limit=self.memory_limit, wait=OPEN_WAIT)
            except BaseException:
                with self._cond:
                    self._opening = False
                    self._cond.notify_all()
                raise
            with self._cond:
                self._store, self._opened, self._opening = store, time.monotonic(), False
                self._opened_ns = time.time_ns()
                self._users += 1
                cursor = store._con.cursor()
                self._cond.notify_all()
        try:
            yield Queries(cursor)
        finally:
            cursor.close()
            with self._cond:
                self._users -= 1
                self._idle_since = time.monotonic()
                self._let_go_if_due()

    def _let_go_if_due(self) -> None:
        """Close the file if a writer waits for it (after `LEASE` when busy) or it has been idle for
        `IDLE` seconds. Called with the lock held, after each request and every `CHECK` seconds."""
        if self._store is None:
            return
        now = time.monotonic()
        writer = writer_active(self.path)
        if writer and self._users and (now - self._opened > LEASE or writer_waiting(self.path, self._opened_ns)):
            self._draining = True            # no new request takes it; the last one out closes it
        if self._users == 0 and (writer or now - self._idle_since > IDLE):
            self._store.close()
            self._store = None
            if self._draining:
                self._draining = False
                self._free_until = now + GRACE
            self._cond.notify_all()

    def _watch(self) -> None:
        while not self._closed.wait(CHECK):
            with self._cond:
                self._let_go_if_due()

    def cached(self, key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
        """The answer for `key`, computed by `compute` unless the unchanged store already gave it.

        Requests for an answer being computed wait for it rather than compute it again.
        """
        while True:
            with self._cond:
                self._forget_if_changed()
                if key in self._cache:
                    self._cache.move_to_end(key)
                    return self._cache[key]
                if key not in self._computing:
                    self._computing.add(key)
                    break
                self._cond.wait(timeout=1.0)
        try:
            value = compute()
            with self._cond:
                self._cache[key] = value
                while len(self._cache) > CACHE_SIZE:
                    self._cache.popitem(last=False)
        finally:
            with self._cond:
                self._computing.discard(key)
                self._cond.notify_all()
        return value

    def computing(self, key: tuple[Any, ...]) -> bool:
        """Whether the answer for `key` is being computed (for another request)."""
        with self._cond:
            return key in self._computing

    def peek(self, key: tuple[Any, ...]) -> Any:
        """The cached answer for `key`, or None."""
        with self._cond:
            self._forget_if_changed()
            return self._cache.get(key)

    def _forget_if_changed(self) -> None:
        # A writer's commits change the file or its log (two stat calls, far cheaper than a query).
        version = tuple(int(x) for suffix in ("", ".wal") for x in _stat(self.path + suffix))
        if version == self._version:
            return
        now = time.monotonic()
        # While a writer commits batch after batch, answers are made again at most every FRESH
        # seconds: made after each batch, they would keep the file from the writer.
        if self._version is not None and now - self._cleared < FRESH and writer_active(self.path):
            return
        self._cache.clear()
        self._version, self._cleared = version, now

    def close(self) -> None:
        self._closed.set()
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
