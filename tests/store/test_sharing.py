"""Reading while writing: query commands answer while a real `legation ingest` runs on the store."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from legation import Store
from legation.errors import LegationError

from .corpus import write_corpus


def _legation(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "legation", *args], capture_output=True, text=True,
                          timeout=timeout)


def test_events_answers_during_an_ingest_and_sees_its_events_when_it_ends(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 3000)
    db = tmp_path / "busy.duckdb"
    ingest = subprocess.Popen([sys.executable, "-m", "legation", "ingest", str(corpus), "--db", str(db)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while not db.exists() and ingest.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        during, documents_seen = [], []
        while ingest.poll() is None and time.monotonic() < deadline:
            events = _legation("events", "--db", str(db), "--format", "json")
            stats = _legation("stats", "--db", str(db), "--format", "json")
            if ingest.poll() is None:              # both answered while the ingest was still writing
                during.append((events.returncode, stats.returncode, events.stderr + stats.stderr))
                json.loads(events.stdout)
                documents_seen.append(json.loads(stats.stdout)["documents"])
        out, err = ingest.communicate(timeout=120)
    finally:
        if ingest.poll() is None:
            ingest.kill()
            ingest.wait()
    assert ingest.returncode == 0, err
    assert during, "the ingest ended before a query could run during it"
    assert all(codes[:2] == (0, 0) for codes in during), during
    assert documents_seen == sorted(documents_seen)      # each answer shows what was committed by then
    after = _legation("events", "--db", str(db), "--format", "json")
    assert after.returncode == 0, after.stderr
    with Store(db, read_only=True) as store:
        assert len(json.loads(after.stdout)) == store.stats()["events"] > 0
        assert documents_seen[-1] <= store.stats()["documents"]


def test_a_second_writer_is_refused_while_one_writes(tmp_path: Path) -> None:
    db = tmp_path / "one.duckdb"
    with Store(db):
        with pytest.raises(LegationError, match="another legation process is writing"):
            Store(db)
    with Store(db) as again:            # and welcome once the first has closed
        assert again.schema_version() > 0


def test_a_truncated_store_is_one_clear_line(tmp_path: Path) -> None:
    db = tmp_path / "whole.duckdb"
    corpus = write_corpus(tmp_path / "corpus", 300)
    assert _legation("ingest", str(corpus), "--db", str(db)).returncode == 0
    cut = tmp_path / "cut.duckdb"
    data = db.read_bytes()
    cut.write_bytes(data[: len(data) * 9 // 10])
    for command in (["events"], ["stats"], ["pair", "KAZ", "BEL"]):
        done = _legation(*command, "--db", str(cut))
        assert done.returncode == 2
        assert "truncated" in done.stderr and "Traceback" not in done.stderr
        assert "committed before is kept" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1


def test_a_store_in_a_missing_folder_is_one_clear_line(tmp_path: Path) -> None:
    done = _legation("ingest", str(tmp_path), "--db", str(tmp_path / "no" / "such" / "store.duckdb"))
    assert done.returncode == 2
    assert "cannot open the database" in done.stderr and "Traceback" not in done.stderr
