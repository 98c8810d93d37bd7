"""The project's own held-out cases (tests/heldout/): a second quality gate that ships with the repo.

Unlike the dev gold set these were written without tuning rules to them; their floors
record what the rules reach on text they were not written against.
"""

from __future__ import annotations

from pathlib import Path

from legation.eval.run import check_floors, evaluate

HERE = Path(__file__).parent
CASES = HERE / "heldout"
BASELINE = HERE / "heldout_baseline.json"


def test_heldout_cases_meet_every_floor() -> None:
    report = evaluate(CASES)
    print(report.render())
    assert report.cases >= 10 and not report.failures, report.failures
    problems = check_floors(report, BASELINE)
    assert not problems, "\n".join(problems)
