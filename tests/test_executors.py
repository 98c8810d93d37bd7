"""Executors: every engine gives exactly the records of the in-process path, in order, streaming."""

from __future__ import annotations

import datetime as dt
import importlib.util
import itertools
import json
import sys

import pytest

from legation.batch import Options, work
from legation.bench.corpus import generate, write_corpus
from legation.cli import main
from legation.errors import LegationError, MissingExtra
from legation.executors import DaskEngine, InProcess, ProcessPool, make_executor
from legation.read.inputs import Input


def extract_item(item: dict[str, str]) -> dict | None:
    """The record of one generated article through the one worker function (None when rejected)."""
    done = work(Input("raw", "k", item["url"], data=item["text"], url=item["url"],
                      published=dt.date.fromisoformat(item["published"])), Options())
    return done.record

HAS_DASK = importlib.util.find_spec("distributed") is not None


@pytest.fixture(scope="module")
def items() -> list[dict[str, str]]:
    return list(generate(30, seed=21))


@pytest.fixture(scope="module")
def reference(items: list[dict[str, str]]) -> list[dict]:
    records = [extract_item(item) for item in items]
    assert all(r is not None for r in records)
    return records


def _square(x: int) -> int:
    return x * x


def test_processes_engine_gives_the_in_process_records(items, reference) -> None:
    with make_executor("processes", workers=2) as executor:
        assert isinstance(executor, ProcessPool)
        assert list(executor.map(extract_item, iter(items))) == reference


def test_one_worker_runs_in_process() -> None:
    assert isinstance(make_executor("processes", workers=1), InProcess)


def test_pool_streams_an_endless_input_in_order() -> None:
    # A bounded window: the pool must not read the whole input before the first result.
    with ProcessPool(2, chunk=3, window=2) as pool:
        first = list(itertools.islice(pool.map(_square, itertools.count()), 10))
    assert first == [i * i for i in range(10)]


def test_unknown_engine_is_a_clear_error() -> None:
    with pytest.raises(LegationError, match="unknown engine 'spark'"):
        make_executor("spark", workers=2)


def test_dask_missing_says_which_extra_to_install(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "dask.distributed", None)   # import now fails
    with pytest.raises(MissingExtra, match=r"pip install 'legation\[dask\]'"):
        make_executor("dask", workers=2)


@pytest.mark.skipif(not HAS_DASK, reason="dask.distributed is not installed (pip install 'legation[dask]')")
def test_local_dask_cluster_gives_the_in_process_records(items, reference) -> None:
    with DaskEngine(2, chunk=4) as engine:
        info = engine._client.scheduler_info()          # noqa: SLF001 - the cluster really has 2 workers
        assert len(info["workers"]) == 2
        assert list(engine.map(extract_item, iter(items))) == reference


@pytest.mark.skipif(not HAS_DASK, reason="dask.distributed is not installed")
def test_unreachable_scheduler_is_a_clear_error() -> None:
    with pytest.raises(LegationError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        DaskEngine(scheduler="tcp://127.0.0.1:9", connect_timeout="2s")


@pytest.fixture(scope="module")
def article_dir(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("articles"), 12, seed=5)


def _lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_extract_with_workers_writes_the_records_of_the_plain_command(article_dir, tmp_path, capsys) -> None:
    files = sorted(str(p) for p in article_dir.glob("*.txt"))
    assert main(["extract", *files, "--format", "jsonl"]) == 0
    plain = _lines(capsys.readouterr().out)
    out = tmp_path / "records.jsonl"
    assert main(["extract", str(article_dir), "--workers", "2", "--out", str(out)]) == 0
    assert _lines(out.read_text(encoding="utf-8")) == plain
    assert len(plain) == 12


def test_extract_batch_reports_a_bad_file_and_goes_on(article_dir, tmp_path, capsys) -> None:
    out = tmp_path / "records.jsonl"
    status = main(["extract", str(article_dir / "missing.txt"), str(article_dir), "--workers", "2",
                   "--out", str(out)])
    assert status == 2
    assert "missing.txt: no such file" in capsys.readouterr().err
    assert len(_lines(out.read_text(encoding="utf-8"))) == 12


def test_extract_to_a_parquet_folder_that_duckdb_reads(article_dir, tmp_path, capsys) -> None:
    duckdb = pytest.importorskip("duckdb")
    pytest.importorskip("pyarrow")
    folder = tmp_path / "parquet"
    assert main(["extract", str(article_dir), "--engine", "processes", "--workers", "2",
                 "--format", "parquet", "--out", f"{folder}/"]) == 0
    rows = duckdb.sql(f"SELECT id, input, record FROM read_parquet('{folder}/*.parquet') ORDER BY input").fetchall()
    assert len(rows) == 12
    for doc_id, where, record in rows:
        parsed = json.loads(record)
        assert parsed["id"] == doc_id and parsed["source"]["path"] == where


def test_parquet_needs_an_output(article_dir, capsys) -> None:
    assert main(["extract", str(article_dir), "--format", "parquet"]) == 2
    assert "--out" in capsys.readouterr().err


def _total(chunk: list[int]) -> int:
    return sum(chunk)


@pytest.mark.parametrize("engine", ["inprocess", "processes"])
def test_map_parts_gives_one_result_per_chunk_in_order(engine: str) -> None:
    executor = InProcess() if engine == "inprocess" else ProcessPool(2, chunk=5, window=2)
    executor.chunk = 5
    with executor:
        sums = list(executor.map_parts(_total, iter(range(23))))
    assert sums == [sum(range(i, min(i + 5, 23))) for i in range(0, 23, 5)]


@pytest.mark.skipif(not HAS_DASK, reason="dask.distributed is not installed (pip install 'legation[dask]')")
def test_extract_on_a_local_dask_cluster_writes_the_records_of_the_plain_command(article_dir, tmp_path,
                                                                                 capsys) -> None:
    files = sorted(str(p) for p in article_dir.glob("*.txt"))
    assert main(["extract", *files, "--format", "jsonl"]) == 0
    plain = _lines(capsys.readouterr().out)
    out = tmp_path / "records.jsonl"
    status = main(["extract", str(article_dir), str(article_dir / "missing.txt"), "--engine", "dask",
                   "--workers", "2", "--out", str(out)])
    assert status == 2
    assert "missing.txt: no such file" in capsys.readouterr().err
    assert _lines(out.read_text(encoding="utf-8")) == plain and len(plain) == 12
