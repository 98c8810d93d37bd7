"""Numbers are finite: a run of hundreds of digits never becomes infinity in a record or a store,
and a store that an older legation left holding one is repaired by `legation repair-store`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
import pytest

from legation import Store
from legation.cli import main
from legation.store import rows

from .conftest import record

DIGITS = "9" * 320          # 309 digits and more overflow a float


def article(amount: str) -> str:
    return ("TASHKENT, 12 March - The deputy foreign ministers of Uzbekistan and Kazakhstan held the "
            "third round of political consultations in Tashkent on 11 March 2025, the ministry said.\n\n"
            "The Kazakh minister noted that trade between the two countries reached "
            f"${amount} billion in 2024, up 8% from a year earlier, and said that both sides "
            "expect it to grow further in the years to come as new roads and railways open. "
            # A line with more digits than letters reads as a price list, not prose.
            "He added that the two governments would simplify customs procedures at the border, "
            "open a joint logistics centre near the border crossing, coordinate the timetables of "
            "their freight trains and work together on irrigation and the shared use of the rivers "
            "that flow through both countries, which farmers on both sides depend on every summer.\n\n"
            "The sides agreed to hold the next round of consultations in Astana.\n")


def strict_json(text: str) -> Any:
    """JSON as the standard has it: Infinity and NaN are not JSON."""
    def refuse(name: str) -> None:
        raise ValueError(f"not JSON: {name}")
    return json.loads(text, parse_constant=refuse)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_a_huge_amount_is_left_out_with_a_warning_and_the_record_is_json(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "huge.txt"
    path.write_text(article(DIGITS), encoding="utf-8")
    status, out, _ = run(capsys, "extract", str(path), "--format", "json")
    assert status == 0
    doc = strict_json(out)
    assert [f["metric"] for f in doc["figures"]] == ["growth_pct"]      # the 8 % is still read
    warning = [f for f in doc["flags"] if f["kind"] == "too_large"]
    assert len(warning) == 1 and "320 digits" in warning[0]["message"]
    start, end = warning[0]["evidence"][0]["start"], warning[0]["evidence"][0]["end"]
    assert DIGITS in doc["text"][start:end]


def test_an_article_with_a_huge_amount_is_ingested_and_every_query_works(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "huge.txt").write_text(article(DIGITS), encoding="utf-8")
    (tmp_path / "in" / "plain.txt").write_text(article("4.1"), encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    assert run(capsys, "ingest", str(tmp_path / "in"), "--db", db)[0] == 0
    _every_query_works(capsys, db, tmp_path / "export")
    with Store(db, read_only=True) as store:
        assert store.stats()["documents"] == 2


def test_the_store_refuses_a_record_holding_infinity_and_keeps_the_others(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = record("Uzbekistan and Kazakhstan traded goods worth 4.1 billion dollars in 2024.", lang="en",
                  published="2025-03-12",
                  figures=[{"metric": "trade_turnover", "reporter": "UZB", "partner": "KAZ",
                            "period": "2024", "value": 4.1e9}])
    bad = record("Uzbekistan and Kazakhstan traded goods worth a great deal of money in 2024.", lang="en",
                 published="2025-03-12",
                 figures=[{"metric": "trade_turnover", "reporter": "UZB", "partner": "KAZ",
                           "period": "2024", "value": 1.0}])
    # JSON written by another tool: 1e999 is valid JSON text that Python reads as infinity.
    bad_line = json.dumps(bad).replace('"value": 1.0', '"value": 1e999')
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps(good) + "\n" + bad_line + "\n", encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    status, out, _ = run(capsys, "ingest", str(path), "--db", db, "--format", "json")
    summary = json.loads(out)
    assert summary["ingested"] == 1 and summary["rejected"] == 1
    with Store(db, read_only=True) as store:
        assert [r["reason"] for r in store.rejects()] == ["figures.value holds a number that is not finite"]
        assert store.sql("SELECT count(*) AS n FROM figures WHERE NOT isfinite(value)")[0]["n"] == 0
    _every_query_works(capsys, db, tmp_path / "export")


def _write_as_an_older_legation_did(db: str, rec: dict[str, Any], input_name: str) -> None:
    """Store `rec` with raw SQL inserts and no check, leaving its merges pending (as a killed
    or crashed ingest of a10b12f did)."""
    made = rows.RecordRows()
    rows.record_rows(rec, None, made)
    con = duckdb.connect(db)
    now = "2025-03-12 10:00:00"
    for table, table_rows in made.tables.items():
        for row in table_rows:
            if table == "documents":
                row = row[:-1] + (now,)
            marks = ", ".join("?" * len(row))
            con.execute(f"INSERT INTO {table} VALUES ({marks})", list(row))
    con.execute("INSERT INTO inputs VALUES (?, ?, 'ingested', ?, ?)",
                ["old:" + rec["id"], input_name, rec["id"], now])
    for bucket in sorted(made.figure_buckets):
        con.execute("INSERT INTO pending_merges VALUES ('figure', ?)", [bucket])
    for bucket in sorted(made.event_buckets):
        con.execute("INSERT INTO pending_merges VALUES ('event', ?)", [bucket])
    con.close()


def test_repair_store_removes_a_document_an_older_legation_stored_with_infinity(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "plain.txt").write_text(article("4.1"), encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    assert run(capsys, "ingest", str(tmp_path / "in"), "--db", db)[0] == 0
    broken = record("Uzbekistan and Kazakhstan traded goods worth 9999 billion dollars in 2024, the ministry said.",
                    lang="en", published="2025-03-12",
                    events=[{"type": "CONSULT", "source": "UZB", "target": "KAZ", "date": "2025-03-11"}],
                    figures=[{"metric": "trade_turnover", "reporter": "UZB", "partner": "KAZ",
                              "period": "2024", "value": float("inf")}])
    _write_as_an_older_legation_did(db, broken, "old/huge.txt")
    with Store(db, read_only=True) as store:
        assert store.sql("SELECT count(*) AS n FROM figures WHERE NOT isfinite(value)")[0]["n"] == 1

    status, out, _ = run(capsys, "repair-store", "--db", db)
    assert status == 0
    assert out.strip() == "removed old/huge.txt: figures.value holds a number that is not finite (removed by repair)"
    with Store(db, read_only=True) as store:
        assert store.stats()["documents"] == 1
        assert store.pending_merges() == 0
        assert [r["input"] for r in store.rejects()] == ["old/huge.txt"]
        assert store.sql("SELECT count(*) AS n FROM happening_reports WHERE document_id = ?",
                         [broken["id"]])[0]["n"] == 0
    _every_query_works(capsys, db, tmp_path / "export")
    assert run(capsys, "repair-store", "--db", db)[1].strip().endswith("nothing to repair, every stored "
                                                                      "document can be merged")


def _every_query_works(capsys: pytest.CaptureFixture[str], db: str, export: Path) -> None:
    for argv in (["stats"], ["events"], ["pair", "UZB", "KAZ"], ["figures"], ["rejects"]):
        status, out, err = run(capsys, *argv, "--db", db, "--format", "json")
        assert status == 0, (argv, err)
        strict_json(out)
    assert run(capsys, "export", "--db", db, "--format", "jsonl", "--out", str(export))[0] == 0
    for part in export.rglob("*.jsonl"):
        for line in part.read_text(encoding="utf-8").splitlines():
            strict_json(line)
    assert run(capsys, "compact", "--db", db)[0] == 0
