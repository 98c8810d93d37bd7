"""The quality gate: the dev gold set is scored and no figure may drop below its committed floor."""

from __future__ import annotations

import json
from pathlib import Path

from legation.eval.run import check_floors, evaluate

BASELINE = Path(__file__).with_name("eval_baseline.json")


def test_dev_gold_set_meets_every_floor(gold_dev: Path) -> None:
    report = evaluate(gold_dev)
    print(report.render())
    assert not report.failures, report.failures
    problems = check_floors(report, BASELINE)
    assert not problems, "\n".join(problems)


def test_baseline_floors_are_fractions() -> None:
    floors = json.loads(BASELINE.read_text())["floors"]
    assert floors and all(0.0 <= v <= 1.0 for v in floors.values())
