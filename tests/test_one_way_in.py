"""One way in: `legation extract` reads what `legation ingest` reads and prints what it stores."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from legation import Store
from legation.bench.corpus import generate

from warc_files import page, write_warc


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "legation", *args], capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("inputs")
    items = list(generate(9, seed=41))
    jsonl = folder / "feed.jsonl"
    jsonl.write_text("".join(json.dumps({"text": i["text"], "published": i["published"], "url": i["url"]},
                                        ensure_ascii=False) + "\n" for i in items[:3]), encoding="utf-8")
    warc = write_warc(folder / "crawl.warc.gz",
                      [(i["url"], page(i["text"].splitlines()[0], i["text"])) for i in items[3:6]])
    # A Parquet file of records, as `legation extract --format parquet` writes it.
    texts = folder / "texts"
    texts.mkdir()
    for n, item in enumerate(items[6:]):
        (texts / f"{n}.txt").write_text(item["text"], encoding="utf-8")
    parquet = folder / "records.parquet"
    done = _run("extract", str(texts), "--format", "parquet", "--out", str(parquet), "--published", "2024-05-02")
    assert done.returncode == 0, done.stderr
    return [str(jsonl), str(warc), str(parquet)]


def test_extract_prints_the_records_ingest_stores(inputs: list[str], tmp_path: Path) -> None:
    printed = _run("extract", *inputs, "--format", "jsonl")
    assert printed.returncode == 0, printed.stderr
    records = [json.loads(line) for line in printed.stdout.splitlines()]

    db = tmp_path / "store.duckdb"
    stored = _run("ingest", *inputs, "--db", str(db))
    assert stored.returncode == 0, stored.stderr
    with Store(db, read_only=True) as store:
        kept = [json.loads(r["record"]) for r in store.sql("SELECT record FROM documents")]

    assert len(records) == 9 and sum(1 for r in records if r["events"]) >= 3
    assert sorted(records, key=lambda r: r["id"]) == sorted(kept, key=lambda r: r["id"])
    # Each format gave its part: dates from the JSON lines, URLs from the WARC, the Parquet's own.
    urls = {r["source"]["url"] for r in records}
    assert sum(1 for r in records if r["source"]["published"] == "2024-05-02") == 3
    assert len(urls - {None}) == 6


def test_published_overrides_for_extract_and_fills_in_for_ingest(inputs: list[str], tmp_path: Path) -> None:
    jsonl = inputs[0]
    printed = _run("extract", jsonl, "--format", "jsonl", "--published", "2023-01-09")
    assert {json.loads(line)["source"]["published"] for line in printed.stdout.splitlines()} == {"2023-01-09"}
    db = tmp_path / "dates.duckdb"
    assert _run("ingest", jsonl, "--db", str(db), "--published", "2023-01-09").returncode == 0
    stated = {json.loads(line)["published"] for line in Path(jsonl).read_text(encoding="utf-8").splitlines()}
    with Store(db, read_only=True) as store:
        assert {str(r["published"]) for r in store.sql("SELECT published FROM documents")} == stated
    # The rule is named in both commands' help.
    assert "overrides a date the input states" in " ".join(_run("extract", "--help").stdout.split())
    assert "for inputs that state none" in " ".join(_run("ingest", "--help").stdout.split())


def test_extract_writes_the_parquet_ingest_loads(inputs: list[str], tmp_path: Path) -> None:
    out = tmp_path / "parts"
    assert _run("extract", *inputs[:2], "--workers", "2", "--format", "parquet", "--out", f"{out}/").returncode == 0
    rows = duckdb.sql(f"SELECT id, record FROM read_parquet('{out}/*.parquet')").fetchall()
    assert len(rows) == 6 and all(json.loads(record)["id"] == doc_id for doc_id, record in rows)
