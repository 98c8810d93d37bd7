"""`legation eval FILE.json`: a user scores legation on their own PLOVER-coded sentences.

The sentences are written for these tests; the records follow the PLOVER gold-standard format.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from legation.eval.plover import evaluate
from legation.eval.run import check_floors


def _record(n: int, event: str, text: str, source: list[dict[str, str]], target: Any,
            markup: str | None = None) -> dict[str, Any]:
    return {"id": f"TEST-{event}-{n:04d}", "date": "2024-03-05", "event": event, "text": text,
            "source": source, "target": target, "language": "en",
            "textInfo": {"markup": markup or text}, "version": "0.5b1"}


RECORDS = [
    {"id": "TEST-DOCUMENT-0001", "event": "DOCUMENT", "eventText": "this file documents itself"},
    # PLOVER 0.5 names: DISAPPROVE is ACCUSE, DEMAND is REQUEST; JAP is CAMEO's Japan.
    _record(1, "DISAPPROVE", "Japan accused China of violating its airspace.",
            [{"code": "JAP", "sector": "GOV"}], [{"code": "CHN"}]),
    _record(2, "DEMAND", "Poland demanded that Belarus release the detained journalist.",
            [{"code": "POL"}], [{"code": "BLR", "sector": "GOV"}]),
    # A joint action: either side may be the source.
    _record(3, "SUPPORT", "Chile and Peru signed a trade agreement on Friday.",
            [{"code": "PER"}, {"code": "CHL"}], "",
            "(SRC/TAR: Chile) and (SRC/TAR: Peru) (EVT: signed) a trade agreement on Friday."),
    # An organisation stands for the CAMEO group code IGO.
    _record(4, "DISAPPROVE", "The United Nations accused Myanmar of blocking aid convoys.",
            [{"code": "IGO"}], [{"code": "MMR", "sector": "GOV"}]),
    # The type is found, the direction is not the gold one.
    _record(5, "DISAPPROVE", "Brazil accused Argentina of dumping steel.",
            [{"code": "ARG"}], [{"code": "BRA"}]),
    # Nothing found (a go-slow is no wording the triggers know).
    _record(6, "PROTEST", "Lorry drivers slowed traffic near Lyon over fuel prices.",
            [{"code": "FRA", "sector": "AGR"}], None),
]


def _write(tmp_path: Path, records: list[dict[str, Any]]) -> Path:
    path = tmp_path / "coded.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    return path


def test_eval_reads_plover_records_and_scores_types_and_actors(tmp_path: Path) -> None:
    res = subprocess.run([sys.executable, "-m", "legation", "eval", str(_write(tmp_path, RECORDS)), "--json"],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    figures = json.loads(res.stdout)
    assert figures["overall.type_recall"] == 5 / 6          # the documentation record is no case
    assert figures["overall.type_precision"] == 1.0
    assert figures["overall.actors"] == 4 / 5
    assert figures["ACCUSE.type_recall"] == 1.0 and figures["ACCUSE.actors"] == 2 / 3
    assert figures["REQUEST.actors"] == 1.0
    assert figures["PROTEST.type_recall"] == 0.0


def test_table_has_a_row_per_type(tmp_path: Path) -> None:
    res = subprocess.run([sys.executable, "-m", "legation", "eval", str(_write(tmp_path, RECORDS))],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    rows = {line.split()[0]: line for line in res.stdout.splitlines() if line.strip()}
    assert "3/3" in rows["ACCUSE"].split()[2]                # recall of three DISAPPROVE records
    assert rows["overall"].split()[1] == "0.833"
    assert "6 records" in res.stdout


def test_a_wrong_type_counts_against_precision(tmp_path: Path) -> None:
    wrong = _record(7, "THREATEN", "Brazil accused Argentina of dumping steel.", [{"code": "BRA"}], [{"code": "ARG"}])
    report = evaluate(_write(tmp_path, [wrong]))
    assert report.overall["type_recall"].value == 0.0
    assert report.overall["type_precision"].value == 0.0
    assert report.by_lang["ACCUSE"]["type_precision"].total == 1


def test_bad_records_are_listed_and_the_rest_scored(tmp_path: Path) -> None:
    bad = [{"id": "no-text", "event": "ACCUSE"}, {"id": "odd-type", "event": "CELEBRATE", "text": "x"}, "junk"]
    report = evaluate(_write(tmp_path, bad + RECORDS[1:3]))
    assert report.cases == 2
    assert len(report.failures) == 3 and report.failures[0].startswith("no-text")


def test_json_lines_are_read_too(tmp_path: Path) -> None:
    path = tmp_path / "coded.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in RECORDS[1:3]) + "\n", encoding="utf-8")
    assert evaluate(path).overall["type_recall"].value == 1.0


def test_unreadable_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "legation", "eval", str(path)],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 2
    assert len(res.stderr.strip().splitlines()) == 1 and "broken.json" in res.stderr


def test_domestic_sides_and_their_sectors_are_scored(tmp_path: Path) -> None:
    text = "Turkish police detained journalists in Istanbul on Monday."
    right = _record(8, "COERCE", text, [{"code": "TUR", "sector": "COP"}], [{"code": "TUR", "sector": "MED"}])
    wrong = _record(9, "COERCE", text, [{"code": "TUR", "sector": "MIL"}], [{"code": "TUR", "sector": "CVLkur"}])
    report = evaluate(_write(tmp_path, [right, wrong]))
    assert report.overall["actors"].value == 1.0
    assert (report.overall["sectors"].hits, report.overall["sectors"].total) == (1, 2)


PEER = Path(__file__).resolve().parents[1].parent / "shared" / "peer" / "plover-gsr" / "dev.json"


def test_peer_plover_records_meet_their_floors() -> None:
    if not PEER.is_file():
        pytest.skip(f"{PEER} is not present (../shared beside the project)")
    report = evaluate(PEER)
    print(report.render())
    assert not report.failures, report.failures
    problems = check_floors(report, Path(__file__).with_name("plover_baseline.json"))
    assert not problems, "\n".join(problems)
