"""`legation figures --pair`: levels, changes and targets apart; a unit slip across documents is a scale conflict."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from legation.cli import main

# Written for this test: two outlets report one year's trade; the second prints millions for thousands.
ARTICLES = [
    ("2024-02-01", "Trade between Armenia and Georgia reached $1.4 billion in 2023, the statistics office "
                   "said. Bilateral trade rose by $200 million from 2022. The two governments aim to raise "
                   "trade to $3 billion by 2027."),
    ("2024-02-03", "Trade between Armenia and Georgia reached $1,400 billion in 2023, officials said."),
]


@pytest.fixture
def trade_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "t.duckdb"
    lines = [json.dumps({"text": text, "published": published, "url": f"https://n{i}.example.org/a"})
             for i, (published, text) in enumerate(ARTICLES)]
    (tmp_path / "a.jsonl").write_text("\n".join(lines), encoding="utf-8")
    assert main(["ingest", str(tmp_path / "a.jsonl"), "--db", str(db)]) == 0
    capsys.readouterr()
    return db


def _sections(out: str) -> dict[str, str]:
    """The text of each titled table ("levels:", "changes:", "targets ...:")."""
    parts: dict[str, str] = {}
    title = ""
    for line in out.splitlines():
        if line.endswith(":") and not line.startswith(" "):
            title = line.split()[0].rstrip(":")
            parts[title] = ""
        elif title:
            parts[title] += line + "\n"
    return parts


def test_levels_changes_and_targets_are_shown_apart(trade_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["figures", "--db", str(trade_db), "--pair", "GEO-ARM"]) == 0
    parts = _sections(capsys.readouterr().out)
    assert list(parts) == ["levels", "changes", "targets"]
    assert "$1.4 billion" in parts["levels"] and "$200 million" not in parts["levels"]
    assert "$200 million" in parts["changes"] and "trade_turnover" in parts["changes"]
    assert "$3 billion" in parts["targets"] and "2027" in parts["targets"]
    assert "$3 billion" not in parts["levels"]


def test_json_rows_carry_kind_and_of(trade_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["figures", "--db", str(trade_db), "--pair", "ARM-GEO", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    kinds = {(r["kind"], r["metric"], r["of"], r["period"], r["value"]) for r in rows}
    assert ("change", "change", "trade_turnover", "2023", 200e6) in kinds
    assert ("target", "target", "trade_turnover", "2027", 3e9) in kinds


def test_a_value_a_thousand_times_another_document_s_is_a_scale_conflict(
        trade_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["figures", "--db", str(trade_db), "--pair", "ARM-GEO", "--format", "json"]) == 0
    levels = [r for r in json.loads(capsys.readouterr().out) if r["kind"] == "level"]
    assert sorted(r["value"] for r in levels) == [1.4e9, 1.4e12]
    assert all("scale" in r["flags"].split(",") for r in levels)
