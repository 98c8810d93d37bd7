"""While `legation watch` runs, `legation events` and the pair page keep answering, and show the
new events once their batch is committed."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import httpx
import news
from newsroom import NewsServer, Newsroom

from .conftest import legation
from .test_alerts import _serve


def test_events_and_the_pair_page_answer_while_a_watch_ingests(tmp_path: Path) -> None:
    with NewsServer(Newsroom(counts={"en": 3})) as site:
        sources = tmp_path / "sources.toml"
        sources.write_text(site.sources_toml(broken=False, interval="1s"))
        db = tmp_path / "news.duckdb"
        assert legation("watch", str(sources), "--db", str(db), "--once").returncode == 0
        pair = "-".join(news.PAIRS[0])
        server, url = _serve(db)
        site.room.counts["en"] = 150          # a busy day: 148 readable items in all
        watch = subprocess.Popen([sys.executable, "-m", "legation", "watch", str(sources), "--db", str(db)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            stored: list[int] = []
            deadline = time.monotonic() + 300
            while time.monotonic() < deadline and (not stored or stored[-1] < 148):
                done = legation("events", "--db", str(db), "--format", "json", timeout=60)
                assert done.returncode == 0, done.stderr
                assert json.loads(done.stdout)
                page = httpx.get(f"{url}/pair/{pair}", params={"format": "json"}, timeout=60)
                assert page.status_code == 200, page.text
                stats = legation("stats", "--db", str(db), "--format", "json", timeout=60)
                assert stats.returncode == 0, stats.stderr
                stored.append(json.loads(stats.stdout)["documents"])
            # The answers came while the watch stored its batches, and saw each one once committed.
            assert stored == sorted(stored) and stored[-1] == 148, stored
            assert len({n for n in stored if 3 < n < 148}) >= 1, stored
            final = httpx.get(f"{url}/pair/{pair}", params={"format": "json"}, timeout=60).json()
            assert len(final["events"]) > 1
        finally:
            watch.terminate()
            out, err = watch.communicate(timeout=60)
            server.terminate()
            server.wait(timeout=30)
        assert "watch:" in out, err
