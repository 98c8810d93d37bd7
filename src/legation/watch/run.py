"""`legation watch`: poll sources, fetch new items, ingest them, run the alert rules.

A pass: read the sources' last state, fetch their listings (conditionally: an
unchanged feed answers 304), fetch every item not seen before, extract it as
`legation ingest` does, and store it in small batches. The store is opened only
for those short reads and commits, never while fetching, so query commands and
other readers get it between them.

Each batch stores its documents and the items' state in one transaction, and a
source's new ETag is stored only with the last of its items: a watch killed at
any moment resumes without storing anything twice, and fetches again only the
pages it had fetched but not yet committed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import LegationError
from ..settings import DEFAULT, Settings
from ..store.core import Outcome, Store
from ..batch import Options, work
from ..read.inputs import Input
from ..store.rows import as_date, as_rows
from ..store.watching import MAX_ATTEMPTS, ItemState, SourceState, known_items, source_states, write_state
from .feeds import FeedError, Item, Listing, read_listing
from .fetch import Fetcher, FetchError, Page
from .sources import Source, Sources

COMMIT_ITEMS = 32         # items per commit...
COMMIT_SECONDS = 2.0      # ...or a commit at least this often while items arrive
MAX_THREADS = 16          # fetches in flight in all (each host has its own, lower limit)


@dataclass
class PassReport:
    """What one pass did. `problems` names each source or item that failed, with the reason."""

    sources: int = 0
    unchanged: int = 0
    failed_sources: int = 0
    new: int = 0
    ingested: int = 0
    present: int = 0
    rejected: int = 0
    failed: int = 0
    alerts: int = 0
    problems: list[tuple[str, str]] = field(default_factory=list)

    def line(self) -> str:
        """The pass in one line, for the log."""
        stamp = dt.datetime.now().isoformat(sep=" ", timespec="seconds")
        return (f"{stamp} watch: {self.sources} sources ({self.unchanged} unchanged, "
                f"{self.failed_sources} failed), {self.new} new items: {self.ingested} ingested, "
                f"{self.present} already present, {self.rejected} rejected, {self.failed} to retry; "
                f"{self.alerts} alert{'s' if self.alerts != 1 else ''}")

    def to_dict(self) -> dict[str, Any]:
        return {**{f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.name != "problems"},
                "problems": [{"what": w, "reason": r} for w, r in self.problems]}


def item_key(url: str) -> str:
    """The input key of a watched item: its URL (an item is fetched and stored once)."""
    return hashlib.sha256(b"watch\x00" + url.encode()).hexdigest()


class _Pass:
    """The state of one pass while its fetches complete (used from the main thread only).

    A source's new state waits for the last of its items, so that a kill never keeps an
    ETag whose items were not all stored; a source with an item to fetch again keeps no
    ETag, so that its listing (and the item) is fetched again next pass.
    """

    def __init__(self, db: str | Path, report: PassReport) -> None:
        self.db = db
        self.report = report
        self.outcomes: list[Outcome] = []
        self.items: list[ItemState] = []
        self.sources: list[SourceState] = []
        self.waiting: dict[str, tuple[SourceState, int]] = {}     # source -> (new state, items left)
        self.retry: set[str] = set()
        self.last_commit = time.monotonic()

    def expect(self, state: SourceState, items: int) -> None:
        self.waiting[state.name] = (state, items)
        self._done_with(state.name, 0)

    def add(self, outcome: Outcome | None, item: ItemState) -> None:
        if outcome is not None:
            self.outcomes.append(outcome)
            if outcome.reason:
                self.report.problems.append((item.url, outcome.reason))
        if item.failed:
            self.retry.add(item.source)
            self.report.problems.append((item.url, item.failed))
        self.items.append(item)
        self._done_with(item.source, 1)

    def _done_with(self, name: str, items: int) -> None:
        state, left = self.waiting[name]
        left -= items
        self.waiting[name] = (state, left)
        if left == 0:
            if name in self.retry:
                state = dataclasses.replace(state, etag=None, last_modified=None)
            self.sources.append(state)

    def due(self) -> bool:
        return (len(self.items) >= COMMIT_ITEMS
                or (bool(self.items) and time.monotonic() - self.last_commit >= COMMIT_SECONDS))

    def commit(self) -> None:
        if not (self.items or self.sources):
            return
        now = _now()
        with Store(self.db) as store:
            result = store.write_batch(self.outcomes, settle=False,
                                       also=lambda _: write_state(store, self.items, self.sources, now))
        r = self.report
        r.ingested += result.ingested
        r.present += result.present
        r.rejected += len(result.rejected)
        r.failed += sum(1 for i in self.items if i.failed)
        self.outcomes, self.items, self.sources = [], [], []
        self.last_commit = time.monotonic()


def watch_pass(db: str | Path, sources: Sources, fetcher: Fetcher, *, settings: Settings = DEFAULT,
               only_due: bool = False) -> PassReport:
    """One pass over `sources` (with `only_due`, over those whose interval has passed)."""
    from ..alerts.run import run_rules

    report = PassReport()
    with Store(db) as store:
        states = source_states(store)
    now = _now()
    chosen = [s for s in sources.sources if not only_due or _due(s, states.get(s.name), now)]
    report.sources = len(chosen)
    if not chosen:
        return report
    work = _Pass(db, report)
    threads = min(MAX_THREADS, max(1, len({s.url.host for s in chosen}) * sources.fetching.per_host))
    with ThreadPoolExecutor(max_workers=threads, thread_name_prefix="legation-fetch") as pool:
        listings = _poll(pool, fetcher, chosen, states, work)
        fetches: dict[Future[Page], tuple[Source, Listing, Item, int]] = {}
        for source, state, items in _new_items(db, listings):
            work.expect(state, len(items))
            for listing, item, attempts in items:
                fetches[pool.submit(fetcher.get, item.url)] = (source, listing, item, attempts)
        report.new = len(fetches)
        for future in as_completed(fetches):
            work.add(*_stored(future, *fetches[future], settings))
            if work.due():
                work.commit()
        work.commit()
    with Store(db) as store:
        store.settle()
        report.alerts = len(run_rules(store))
    return report


def _poll(pool: ThreadPoolExecutor, fetcher: Fetcher, chosen: list[Source], states: dict[str, SourceState],
          work: _Pass) -> list[tuple[Source, SourceState, Listing]]:
    """Fetch the chosen sources' listings; those with something to read, with their new state."""
    report = work.report
    polled = {pool.submit(_listing, fetcher, s, states.get(s.name)): s for s in chosen}
    listings = []
    for future in as_completed(polled):
        source = polled[future]
        state, listing = future.result()
        if state.last_error:
            report.failed_sources += 1
            report.problems.append((f"source {source.name}", state.last_error))
        if listing is not None:
            listings.append((source, state, listing))
            continue
        report.unchanged += state.last_error is None
        work.expect(state, 0)
    return listings


def _listing(fetcher: Fetcher, source: Source, last: SourceState | None) -> tuple[SourceState, Listing | None]:
    """Fetch and read a source's listing; the source's new state, and its listing (None: nothing new)."""
    now = _now()
    last = last if last is not None and last.url == str(source.url) else SourceState(source.name, str(source.url))
    try:
        page = fetcher.get(str(source.url), etag=last.etag, last_modified=last.last_modified)
        if page.unchanged:
            return dataclasses.replace(last, polled_at=now, ok_at=now, failures=0, last_error=None), None
        listing = read_listing(source.kind, page.content, page.url)
    except (FetchError, FeedError) as exc:
        return dataclasses.replace(last, polled_at=now, failures=last.failures + 1, last_error=str(exc)), None
    state = dataclasses.replace(last, title=listing.title, etag=page.etag, last_modified=page.last_modified,
                                polled_at=now, ok_at=now, failures=0, last_error=None)
    return state, listing


def _new_items(db: str | Path, listings: list[tuple[Source, SourceState, Listing]]
               ) -> list[tuple[Source, SourceState, list[tuple[Listing, Item, int]]]]:
    """Each source's items not stored yet (an item listed by two sources is taken once)."""
    urls = [item.url for _, _, listing in listings for item in listing.items]
    with Store(db) as store:
        known = known_items(store, urls)
    taken: set[str] = set()
    out = []
    for source, state, listing in listings:
        items = []
        for item in listing.items:
            outcome, attempts = known.get(item.url, (None, 0))
            if item.url in taken or (outcome is not None and (outcome != "failed" or attempts >= MAX_ATTEMPTS)):
                continue
            taken.add(item.url)
            items.append((listing, item, attempts + 1))
        out.append((source, state, items))
    return out


def _stored(future: Future[Page], source: Source, listing: Listing, item: Item, attempts: int,
            settings: Settings) -> tuple[Outcome | None, ItemState]:
    """The outcome to store for a fetched item (None when it should be tried again), and its state."""
    key = item_key(item.url)
    state = ItemState(item.url, source.name, key, listing.title, item.title, as_date(item.published),
                      _now(), attempts=attempts)
    try:
        page = future.result()
    except FetchError as exc:
        if exc.retryable:
            return None, dataclasses.replace(state, failed=str(exc))
        return Outcome(key, item.url, reason=str(exc)), state
    if source.lang:
        settings = dataclasses.replace(settings, default_lang=source.lang)
    # The feed's date for the item is the article's date.
    article = Input("raw", key, item.url, data=page.content, url=item.url, title=item.title,
                    published=as_date(item.published))
    return work(article, Options(settings=settings, shape=as_rows)), state


def _due(source: Source, state: SourceState | None, now: dt.datetime) -> bool:
    if state is None or state.polled_at is None:
        return True
    return (now - state.polled_at).total_seconds() >= source.interval


def seconds_to_next(db: str | Path, sources: Sources) -> float:
    """Seconds until the next source is due (0 when one is due now)."""
    with Store(db) as store:
        states = source_states(store)
    now = _now()
    waits = []
    for s in sources.sources:
        state = states.get(s.name)
        if state is None or state.polled_at is None:
            return 0.0
        waits.append(s.interval - (now - state.polled_at).total_seconds())
    return max(0.0, min(waits))


def watch(db: str | Path, sources: Sources, *, once: bool = False, settings: Settings = DEFAULT,
          report: Callable[[PassReport], None] | None = None, stop: threading.Event | None = None) -> PassReport:
    """Watch `sources` into the store at `db`: one pass with `once`, else passes until `stop` is set.

    Each pass polls the sources whose interval has passed (`once`: every source) and is
    given to `report`. Returns the last pass's report.
    """
    stop = stop or threading.Event()
    with Fetcher(sources.fetching) as fetcher:
        while True:
            try:
                last = watch_pass(db, sources, fetcher, settings=settings, only_due=not once)
                wait = seconds_to_next(db, sources)
            except LegationError as exc:
                if once:
                    raise
                # The store could not be written (held by another process too long, disk
                # full): the pass is reported and the next one tries again.
                last = PassReport(problems=[("store", str(exc))])
                wait = min(s.interval for s in sources.sources)
            if report is not None:
                report(last)
            if once or stop.wait(max(1.0, wait)):
                return last


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)

