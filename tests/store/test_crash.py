"""An ingest killed with SIGKILL at a random moment, then run again, ends as if never interrupted."""

from __future__ import annotations

import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from legation import Store
from legation.store.ingest import ingest

from .corpus import write_corpus

COUNT = 2000

_COMPARE = {
    "documents": "SELECT id, record FROM documents",
    "inputs": "SELECT key, input, outcome, document_id FROM inputs",
    "events": "SELECT * EXCLUDE (document_id), document_id FROM events",
    "entities": "SELECT * FROM entities",
    "figures": "SELECT * FROM figures",
    "happenings": "SELECT * FROM happenings",
    "happening_reports": "SELECT * FROM happening_reports",
    "figure_conflicts": "SELECT * FROM figure_conflicts",
}


def _snapshot(db: Path) -> dict[str, list[tuple]]:
    with Store(db, read_only=True) as store:
        return {name: sorted(store._con.execute(q).fetchall(), key=repr) for name, q in _COMPARE.items()}


def _assert_consistent(db: Path, *, settled: bool = True) -> int:
    """Every stored document has all its rows, and every report is merged or waits to be.

    A killed run may leave buckets waiting (`pending_merges`); a finished run leaves none.
    Returns the documents stored.
    """
    with Store(db, read_only=True) as store:
        row = store._con.execute("""
            SELECT (SELECT count(*) FROM documents), (SELECT count(DISTINCT id) FROM documents),
                   (SELECT coalesce(sum(n_events), 0) FROM documents), (SELECT count(*) FROM events),
                   (SELECT count(*) FROM happening_reports),
                   (SELECT coalesce(sum(n_mentions), 0) FROM happenings),
                   (SELECT coalesce(sum(n_figures), 0) FROM documents), (SELECT count(*) FROM figures),
                   (SELECT count(*) FROM inputs WHERE outcome = 'ingested'),
                   (SELECT count(*) FROM events e WHERE NOT EXISTS (
                        SELECT 1 FROM happening_reports r
                        WHERE r.document_id = e.document_id AND r.event_id = e.event_id)
                      AND e.bucket NOT IN (SELECT bucket FROM pending_merges WHERE kind = 'event')),
                   (SELECT count(*) FROM pending_merges)""").fetchone()
    docs, distinct, n_events, events, linked, mentioned, n_figures, figures, ingested, lost, pending = row
    assert docs == distinct == ingested
    assert n_events == events and linked == mentioned
    assert lost == 0                            # no report is neither merged nor waiting
    assert n_figures == figures
    if settled:
        assert pending == 0 and linked == events
    return docs


def _ingest_command(corpus: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "legation", "ingest", str(corpus), "--db", str(db)]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_then_rerun_leaves_every_document_once_and_the_same_merge(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", COUNT)
    reference = tmp_path / "reference.duckdb"
    started = time.monotonic()
    with Store(reference) as store:
        summary = ingest(store, [str(corpus)])
    took = time.monotonic() - started
    assert summary.ingested + summary.present == COUNT and summary.rejected == 0
    assert summary.present > 0                  # the corpus repeats some bodies on purpose
    expected = _snapshot(reference)
    assert len(expected["happenings"]) < len(expected["events"])      # some reports did merge

    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    db = tmp_path / "killed.duckdb"
    killed_with = None
    # Kill at a random moment: once the run has printed its first progress line (so it is
    # ingesting), after a random pause within the time the uninterrupted run took. Retry
    # (a fresh database) if the run ended first, or was killed only after storing everything.
    for _attempt in range(5):
        for leftover in tmp_path.glob("killed.duckdb*"):
            leftover.unlink()
        proc = subprocess.Popen([*_ingest_command(corpus, db), "--progress"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        assert proc.stderr is not None
        tail = b""
        while not re.search(rb"\r\s*[\d,]+ documents", tail):
            chunk = proc.stderr.read1(4096)
            if not chunk:
                break                           # the run ended before its first progress line
            tail = (tail + chunk)[-400:]
        time.sleep(rng.uniform(0.0, took * 0.7))
        if proc.poll() is not None:
            proc.stderr.close()
            continue
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stderr.close()
        killed_with = _assert_consistent(db, settled=False)
        if killed_with < COUNT - summary.present:
            break
    assert killed_with is not None, f"the ingest always finished before it could be killed (seed {seed})"

    done = subprocess.run(_ingest_command(corpus, db), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    _assert_consistent(db)
    got = _snapshot(db)
    for table in _COMPARE:
        assert got[table] == expected[table], f"{table} differs after kill and resume (seed {seed})"
