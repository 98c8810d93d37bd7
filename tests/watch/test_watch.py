"""`legation watch` against a loopback news site: every readable item once, bad ones reported,
conditional requests the second time, and a kill at any moment costs nothing."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from newsroom import BAD, FEEDS, NewsServer

from .conftest import legation

READABLE = sum(FEEDS.values()) - len(BAD)


def _pages(server: NewsServer) -> list:
    """The article pages the site was asked for (not feeds, not robots.txt)."""
    return [r for r in server.room.log if r.path.endswith(".html")]


def _count(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_once_stores_every_readable_item_once_then_asks_only_whether_feeds_changed(
        newsroom: NewsServer, tmp_path: Path) -> None:
    sources = tmp_path / "sources.toml"
    sources.write_text(newsroom.sources_toml())
    db = tmp_path / "news.duckdb"

    first = legation("watch", str(sources), "--db", str(db), "--once")
    assert first.returncode == 0, first.stderr
    assert f"{sum(FEEDS.values())} new items: {READABLE} ingested" in first.stdout
    # Each bad item and the malformed feed are reported, with their reason.
    lines = first.stdout.splitlines()
    for (lang, n), reason in BAD.items():
        path = newsroom.room.item_path(lang, n)
        said = [ln for ln in lines if ln.strip().startswith(f"{newsroom.url}{path}:")]
        assert said, (path, first.stdout)
        assert reason in said[0], said
    assert any(ln.strip().startswith("source broken: not a readable RSS or Atom feed") for ln in lines)

    # Every readable item is stored once, in its language, with its URL, title and dates.
    assert _count(db, "SELECT count(*), count(DISTINCT url) FROM documents") == [(READABLE, READABLE)]
    by_lang = dict(_count(db, "SELECT lang, count(*) FROM documents GROUP BY lang"))
    assert by_lang == {lang: n - sum(1 for (bad_lang, _) in BAD if bad_lang == lang) for lang, n in FEEDS.items()}
    assert _count(db, "SELECT count(*) FROM documents WHERE n_events = 0") == [(0,)]
    items = _count(db, "SELECT outcome, count(*), count(feed_title), count(published), count(fetched_at) "
                       "FROM watch_items GROUP BY outcome ORDER BY outcome")
    assert items == [("ingested", READABLE, READABLE, READABLE, READABLE), ("rejected", len(BAD), len(BAD), len(BAD), len(BAD))]
    assert _count(db, "SELECT count(*) FROM documents d JOIN watch_items w ON w.document_id = d.id "
                      "AND w.url = d.url AND w.published = d.published AND w.title = d.title") == [(READABLE,)]
    # Fetched politely: the user agent names legation, robots.txt was read once and obeyed,
    # pages that failed with 500 were asked again until they answered.
    pages = _pages(newsroom)
    assert all("legation" in r.headers.get("user-agent", "") for r in newsroom.room.log)
    assert [r.path for r in newsroom.room.log].count("/robots.txt") == 1
    assert not any(r.path.startswith("/private/") for r in pages)
    failed_then_ok = {r.path for r in pages if r.status == 500}
    assert failed_then_ok and all(any(r.path == p and r.status == 200 for r in pages) for p in failed_then_ok)

    before = len(newsroom.room.log)
    second = legation("watch", str(sources), "--db", str(db), "--once")
    assert second.returncode == 0, second.stderr
    assert "0 new items" in second.stdout and "3 unchanged" in second.stdout
    asked = newsroom.room.log[before:]
    feeds = [r for r in asked if r.path.startswith("/feeds/")]
    assert len(feeds) == 3 and all(r.headers.get("if-none-match") for r in feeds)
    assert all(r.status == 304 for r in feeds)
    assert not [r for r in asked if r.path.endswith(".html")]      # no page fetched again
    assert _count(db, "SELECT count(*) FROM documents") == [(READABLE,)]


def test_new_items_in_a_changed_feed_are_fetched_and_nothing_else(newsroom: NewsServer, tmp_path: Path) -> None:
    import news

    sources = tmp_path / "sources.toml"
    sources.write_text(newsroom.sources_toml(broken=False))
    db = tmp_path / "news.duckdb"
    assert legation("watch", str(sources), "--db", str(db), "--once").returncode == 0
    title, text = news.english("ACCUSE", "CHL", "NOR", news.event_day(300))
    newsroom.room.extra["en"] = [("accuse-chl-nor", title, text)]
    before = len(newsroom.room.log)
    done = legation("watch", str(sources), "--db", str(db), "--once")
    assert done.returncode == 0, done.stderr
    assert "1 new items: 1 ingested" in done.stdout
    asked = [r.path for r in newsroom.room.log[before:] if r.path.endswith(".html")]
    assert asked == ["/en/extra/accuse-chl-nor.html"]


_SNAPSHOT = {
    "documents": "SELECT id, url, title, published, record FROM documents",
    "inputs": "SELECT key, input, outcome, document_id FROM inputs",
    "events": "SELECT * FROM events",
    "happenings": "SELECT * FROM happenings",
    "happening_reports": "SELECT * FROM happening_reports",
    "rejects": "SELECT key, input, reason FROM rejects",
    "watch_items": "SELECT url, source, feed_title, title, published, outcome, reason, document_id, attempts "
                   "FROM watch_items",
    # (not `failures`: a killed run that had polled the malformed feed counts one failed poll more)
    "watch_sources": "SELECT name, url, title, etag, last_modified, last_error FROM watch_sources",
    "pending": "SELECT * FROM pending_merges",
}


def _snapshot(db: Path) -> dict[str, list[tuple]]:
    return {name: sorted(_count(db, sql), key=repr) for name, sql in _SNAPSHOT.items()}


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_kill_9_at_a_random_moment_then_a_rerun_gives_the_store_of_an_uninterrupted_run(
        newsroom: NewsServer, tmp_path: Path) -> None:
    sources = tmp_path / "sources.toml"
    sources.write_text(newsroom.sources_toml())
    reference = tmp_path / "reference.duckdb"
    started = time.monotonic()
    assert legation("watch", str(sources), "--db", str(reference), "--once").returncode == 0
    took = time.monotonic() - started
    expected = _snapshot(reference)

    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    db = tmp_path / "killed.duckdb"
    newsroom.room.failures.clear()           # the site fails the same way again
    command = [sys.executable, "-m", "legation", "watch", str(sources), "--db", str(db), "--once"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(rng.uniform(0.3, took * 0.9))
    killed = proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    stored = _count(db, "SELECT count(*) FROM documents")[0][0] if db.exists() else 0

    done = legation("watch", str(sources), "--db", str(db), "--once")
    assert done.returncode == 0, done.stderr
    got = _snapshot(db)
    for table in _SNAPSHOT:
        assert got[table] == expected[table], f"{table} differs (seed {seed}, killed: {killed}, {stored} stored)"
