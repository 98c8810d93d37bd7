"""`legation eval`: measure against a gold set; `--check` enforces the committed floors."""

from __future__ import annotations

import argparse
import json

from ..eval import plover
from ..eval.run import check_floors, evaluate
from .common import settings_from


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eval", help="score extraction against a gold set",
                       description="Score legation against gold cases (shared/gold format), "
                                   "per language and overall; or against a file of PLOVER-format "
                                   "records, per event type and overall.")
    p.add_argument("gold_dir", metavar="GOLD", help="a folder of gold cases, or a PLOVER-format .json file")
    p.add_argument("--check", metavar="BASELINE", help="fail (exit 1) when a figure drops below its floor")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    score = plover.evaluate if plover.is_plover_file(args.gold_dir) else evaluate
    report = score(args.gold_dir, settings=settings_from(args))
    if args.json:
        print(json.dumps(report.figures(), indent=2, sort_keys=True))
    else:
        print(report.render())
    if args.check:
        problems = check_floors(report, args.check)
        for line in problems:
            print(f"below floor: {line}")
        if problems:
            return 1
        print(f"all floors in {args.check} met")
    return 0
