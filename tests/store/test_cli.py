"""The store's commands as a user runs them: ingest, events, event, pair, figures, export, stats, rejects."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from legation.cli import main

# One meeting, reported in three languages by three outlets (written for this test).
ARTICLES = {
    "en.txt": ("2025-02-05",
               "BUDAPEST, February 5. Deputy foreign ministers of Kazakhstan and Hungary held political "
               "consultations in Budapest on Tuesday, the Kazakh foreign ministry said.\n"
               "The two delegations reviewed cooperation in energy, logistics and higher education, and "
               "discussed preparations for an intergovernmental commission later this year."),
    "ru.txt": ("2025-02-04",
               "Заместители министров иностранных дел Казахстана и Венгрии провели 4 февраля в Будапеште "
               "политические консультации.\nСтороны обсудили сотрудничество в энергетике, логистике и "
               "образовании, а также подготовку к заседанию межправительственной комиссии."),
    "az.txt": ("2025-02-05",
               "Qazaxıstan və Macarıstan xarici işlər nazirlərinin müavinləri fevralın 4-də Budapeştdə "
               "siyasi məsləhətləşmələr aparıblar.\nTərəflər enerji, logistika və təhsil sahələrində "
               "əməkdaşlığı müzakirə ediblər."),
}


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def meeting_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "m.duckdb"
    lines = []
    for name, (published, text) in ARTICLES.items():
        lines.append(json.dumps({"text": text, "published": published, "url": f"https://{name}.example.org/1"},
                                ensure_ascii=False))
    (tmp_path / "articles.jsonl").write_text("\n".join(lines), encoding="utf-8")
    code, out, _ = _run(capsys, "ingest", str(tmp_path / "articles.jsonl"), "--db", str(db))
    assert code == 0 and out.startswith("ingested 3, already present 0, rejected 0")
    # A run of a few files gives its rate with a decimal and its time, never "(0 documents/s)".
    rate = re.search(r"\((\d[\d,.]*) documents/s in (\d[\d,.]*) s\)", out)
    assert rate and float(rate.group(1).replace(",", "")) > 0, out
    return db


def test_three_languages_extracted_and_merged_into_one_event(meeting_db: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "events", "--db", str(meeting_db), "--format", "json")
    events = json.loads(out)
    consults = [e for e in events if e["type"] == "CONSULT"]
    assert len(consults) == 1, events
    ev = consults[0]
    assert {ev["source"], ev["target"]} == {"KAZ", "HUN"}
    assert (ev["documents"], ev["sources"], ev["languages"]) == (3, 3, "az,en,ru")
    code, out, _ = _run(capsys, "event", ev["id"], "--db", str(meeting_db), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert sorted(r["lang"] for r in rows) == ["az", "en", "ru"]
    assert all(r["evidence"] for r in rows)


def test_default_tables_are_readable(meeting_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "events", "--db", str(meeting_db), "--pair", "HUN-KAZ", "--type", "CONSULT")
    header, *rows = out.splitlines()
    assert code == 0 and header.split()[:3] == ["id", "date", "type"] and len(rows) == 1
    code, out, _ = _run(capsys, "pair", "KAZ", "HUN", "--db", str(meeting_db))
    assert code == 0 and "events by month and type" in out and "2025-02" in out
    assert "cooperation-conflict score by month" in out
    code, out, _ = _run(capsys, "stats", "--db", str(meeting_db), "--format", "json")
    assert json.loads(out)["documents"] == 3


def test_ingest_of_one_bad_file_is_one_line_and_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_text("   \n", encoding="utf-8")
    code, out, err = _run(capsys, "ingest", str(bad), "--db", str(tmp_path / "x.duckdb"))
    assert code != 0 and out == ""
    assert len(err.strip().splitlines()) == 1 and str(bad) in err and "empty" in err
    code, out, _ = _run(capsys, "rejects", "--db", str(tmp_path / "x.duckdb"), "--format", "json")
    assert [r["input"] for r in json.loads(out)] == [str(bad)]
    code, out, err = _run(capsys, "ingest", str(tmp_path / "missing.txt"), "--db", str(tmp_path / "x.duckdb"))
    assert code != 0 and "no such file" in err and len(err.strip().splitlines()) == 1


def test_bad_options_are_clear_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(ARTICLES["en.txt"][1], encoding="utf-8")
    code, _, err = _run(capsys, "ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "x.duckdb"),
                        "--engine", "cloud")
    assert code != 0 and "invalid choice: 'cloud'" in err
    code, _, err = _run(capsys, "events", "--db", str(tmp_path / "none.duckdb"))
    assert code != 0 and "no such database" in err
    code, _, err = _run(capsys, "ingest", str(tmp_path / "a.txt"), "--published", "yesterday",
                        "--db", str(tmp_path / "x.duckdb"))
    assert code != 0 and "--published" in err


def test_export_csv_and_jsonl(meeting_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for fmt, suffix in (("csv", ".csv"), ("jsonl", ".jsonl")):
        out_dir = tmp_path / fmt
        code, out, _ = _run(capsys, "export", "--db", str(meeting_db), "--format", fmt, "--out", str(out_dir))
        assert code == 0
        assert sorted(p.name for p in out_dir.iterdir()) == sorted(
            f"{t}{suffix}" for t in ("events", "mentions", "figures", "flags"))
    mentions = (tmp_path / "jsonl" / "mentions.jsonl").read_text(encoding="utf-8").splitlines()
    assert len({json.loads(line)["document_id"] for line in mentions}) == 3


def test_ingest_reads_warc_response_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    page = ("<html><head><title>Talks</title></head><body><article><p>"
            + ARTICLES["en.txt"][1].replace("\n", "</p><p>") + "</p></article></body></html>").encode()
    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, status, ctype, body in (
                ("https://news.example.org/talks", "200 OK", "text/html; charset=utf-8", page),
                ("https://news.example.org/logo.png", "200 OK", "image/png", b"\x89PNG\r\n"),
                ("https://news.example.org/gone", "404 Not Found", "text/html", b"<html>gone</html>")):
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
    db = tmp_path / "w.duckdb"
    code, out, err = _run(capsys, "ingest", str(path), "--db", str(db), "--published", "2025-02-05")
    assert code == 0 and out.startswith("ingested 1, already present 0, rejected 0"), err
    code, out, _ = _run(capsys, "events", "--db", str(db), "--format", "json")
    assert any(e["type"] == "CONSULT" for e in json.loads(out))


def test_compact_merges_row_groups_and_keeps_every_answer(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "c.duckdb")
    # One ingest per article: each run's rows land in row groups of their own, and the
    # second and third runs replace the merged event's rows (leaving the old ones deleted).
    for name, (published, text) in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        code, _, _ = _run(capsys, "ingest", str(tmp_path / name), "--published", published, "--db", db)
        assert code == 0

    def answers() -> list[str]:
        return [_run(capsys, *argv, "--db", db, "--format", "json")[1]
                for argv in (("events",), ("pair", "KAZ", "HUN"), ("figures",), ("stats",))]

    before = answers()
    assert json.loads(before[0])[0]["documents"] == 3
    code, out, _ = _run(capsys, "compact", "--db", db)
    groups = [int(n.replace(",", "")) for n in out.split(":")[1].split() if n.replace(",", "").isdigit()]
    assert code == 0 and len(groups) == 2 and groups[1] < groups[0], out
    assert answers() == before
    code, _, err = _run(capsys, "compact", "--db", str(tmp_path / "missing.duckdb"))
    assert code != 0 and len(err.strip().splitlines()) == 1 and "missing.duckdb" in err


def test_a_failing_database_is_one_line_naming_duckdbs_first_error(
        meeting_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import duckdb

    from legation import Store

    # After a fatal error DuckDB refuses every statement, quoting the first error; that
    # first error is what the user is told (the message is in DuckDB's own form).
    def invalidated(self: Store) -> None:
        raise duckdb.FatalException(
            "FATAL Error: Failed: database has been invalidated because of a previous fatal error.\n"
            'Original error: "Failed to create checkpoint because of error: failed to pin block '
            'of size 256.0 KiB (60.7 MiB/61.0 MiB used)\n\nPossible solutions:\n* Reducing threads"')

    monkeypatch.setattr(Store, "stats", invalidated)
    assert main(["stats", "--db", str(meeting_db)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "failed to pin block of size 256.0 KiB" in err
    assert "what was committed before is kept" in err
