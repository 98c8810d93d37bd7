"""Ingest through Dask: Parquet parts on the way, the same store at the end; merges that wait."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import duckdb
import pytest

from legation import Store
from legation.cli import main
from legation.store.ingest import ingest

from .conftest import record
from .corpus import write_corpus

HAS_DASK = importlib.util.find_spec("distributed") is not None

_SAME = {
    "documents": "SELECT id, record FROM documents",
    "inputs": "SELECT key, outcome, document_id FROM inputs",
    "events": "SELECT * FROM events",
    "figures": "SELECT * FROM figures",
    "happenings": "SELECT * FROM happenings",
    "happening_reports": "SELECT * FROM happening_reports",
    "figure_conflicts": "SELECT * FROM figure_conflicts",
    "rejects": "SELECT key, reason FROM rejects",
}


def _snapshot(db: Path, tables: dict[str, str] = _SAME) -> dict[str, list[tuple]]:
    with Store(db, read_only=True) as store:
        return {name: sorted(store._con.execute(q).fetchall(), key=repr) for name, q in tables.items()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = write_corpus(tmp_path_factory.mktemp("corpus"), 150, per_file=40)
    (folder / "broken.jsonl").write_text('{"text": "half a line\n', encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("ref") / "reference.duckdb"
    with Store(db) as store:
        summary = ingest(store, [str(corpus)])
    assert summary.ingested > 100 and summary.rejected == 1
    return db


@pytest.mark.skipif(not HAS_DASK, reason="dask.distributed is not installed (pip install 'legation[dask]')")
def test_dask_ingest_writes_parts_and_stores_what_in_process_stores(corpus: Path, reference: Path,
                                                                    tmp_path: Path, capsys) -> None:
    db, parts = tmp_path / "dask.duckdb", tmp_path / "parts"
    assert main(["ingest", str(corpus), "--db", str(db), "--engine", "dask", "--workers", "2",
                 "--parts", str(parts)]) == 0
    assert "rejected 1" in capsys.readouterr().out
    assert _snapshot(db) == _snapshot(reference)

    # The parts are a dataset in their own right: a row per input read, records as JSON text.
    files = sorted(parts.glob("part-*.parquet"))
    assert len(files) >= 2
    rows = duckdb.sql(f"SELECT key, input, reason, record FROM read_parquet('{parts}/*.parquet')").fetchall()
    with Store(reference, read_only=True) as store:
        keys = {r["key"] for r in store.sql("SELECT key FROM inputs")}
    assert {r[0] for r in rows} == keys
    assert sum(1 for r in rows if r[3] is None and r[2]) == 1
    assert all(json.loads(r[3])["schema"] == "legation/1" for r in rows if r[3] is not None)

    # ...and load into another store, which then knows the original inputs as done.
    loaded = tmp_path / "loaded.duckdb"
    assert main(["ingest", str(parts), "--db", str(loaded)]) == 0
    capsys.readouterr()
    assert _snapshot(loaded) == _snapshot(reference)
    assert main(["ingest", str(corpus), "--db", str(loaded)]) == 0
    assert capsys.readouterr().out.startswith("ingested 0,")


def test_a_parquet_file_without_records_is_rejected_with_its_reason(tmp_path: Path, capsys) -> None:
    table = tmp_path / "prices.parquet"
    duckdb.sql(f"COPY (SELECT 1 AS price) TO '{table}' (FORMAT parquet)")
    assert main(["ingest", str(table), "--db", str(tmp_path / "x.duckdb")]) == 2
    assert "no record column" in capsys.readouterr().err


def _meeting(lang: str, url: str) -> dict:
    return record(f"Consultations of two ministries ({lang}).\nMore text.", lang=lang,
                  published="2024-10-19", url=url,
                  events=[{"type": "CONSULT", "source": "KAZ", "target": "BEL", "date": "2024-10-18"}])


def test_merges_wait_for_settle_and_a_reading_command_settles_them(db_path: Path, capsys) -> None:
    from legation.store.core import Outcome

    with Store(db_path) as store:
        for i, lang in enumerate(("az", "ru", "en")):
            rec = _meeting(lang, f"https://site{i}.example/a")
            store.write_batch([Outcome(f"k{i}", f"in{i}", record=rec)], settle=False)
        # As after an ingest killed before its end: reports stored, their bucket not merged yet.
        assert store.pending_merges() == 1
        assert store.sql("SELECT count(*) AS n FROM happenings")[0]["n"] == 0
    assert main(["events", "--db", str(db_path), "--format", "json"]) == 0
    events = json.loads(capsys.readouterr().out)
    assert len(events) == 1 and events[0]["sources"] == 3
    with Store(db_path, read_only=True) as store:
        assert store.pending_merges() == 0


def test_a_settled_store_keeps_its_pending_list_and_merges_later_reports(db_path: Path) -> None:
    from legation.store.core import Outcome

    definition = "SELECT sql FROM duckdb_tables() WHERE table_name = 'pending_merges'"
    with Store(db_path) as store:
        before = store._con.execute(definition).fetchall()
        store.write_batch([Outcome("k0", "in0", record=_meeting("az", "https://site0.example/a"))],
                          settle=False)
        assert store.settle() == 1 and store.pending_merges() == 0
    # The list, emptied by the settle, is the same table as before and takes the next run's buckets.
    with Store(db_path) as store:
        assert store._con.execute(definition).fetchall() == before
        for i, lang in ((1, "ru"), (2, "en")):
            store.write_batch([Outcome(f"k{i}", f"in{i}", record=_meeting(lang, f"https://site{i}.example/a"))],
                              settle=False)
        assert store.pending_merges() == 1
        store.settle()
        assert [e["sources"] for e in store.events()] == [3]


def test_remerge_recomputes_the_same_merges(reference: Path, tmp_path: Path) -> None:
    import shutil

    db = tmp_path / "copy.duckdb"
    shutil.copy(reference, db)
    merged = {"happenings": _SAME["happenings"], "happening_reports": _SAME["happening_reports"],
              "figure_conflicts": _SAME["figure_conflicts"]}
    before = _snapshot(db, merged)
    assert before["happenings"] and before["figure_conflicts"]
    with Store(db) as store:
        store.remerge()
        assert store.pending_merges() == 0
    assert _snapshot(db, merged) == before


def test_parts_without_dask_is_a_clear_error(corpus: Path, tmp_path: Path, capsys) -> None:
    assert main(["ingest", str(corpus), "--db", str(tmp_path / "x.duckdb"), "--parts", str(tmp_path / "p")]) == 2
    assert "use it with --engine dask" in capsys.readouterr().err


def test_an_ingest_that_releases_its_store_between_batches_stores_what_one_connection_stores(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from legation.store import access

    opened = []
    real = access.connect

    def counted(path: str, **kwargs: object) -> object:
        opened.append(path)
        return real(path, **kwargs)

    monkeypatch.setattr(access, "connect", counted)
    db = tmp_path / "released.duckdb"
    with Store(db) as store:
        summary = ingest(store, [str(corpus)], batch_size=8)
        # The store is open again after the ingest, with the writer's settings.
        assert store._con.execute("SELECT current_setting('max_vacuum_tasks')").fetchone()[0] == 0
    assert len(opened) >= 10 and summary.ingested > 100
    with Store(":memory:") as one:
        ingest(one, [str(corpus)], batch_size=8)
        in_memory = {name: sorted(one._con.execute(q).fetchall(), key=repr) for name, q in _SAME.items()}
    assert _snapshot(db) == in_memory
