"""`legation bench`: measure extraction speed and memory on a generated corpus."""

from __future__ import annotations

import argparse
import json
import sys

from ..errors import LegationError


def _int_list(value: str) -> list[int]:
    try:
        numbers = [int(x) for x in value.split(",") if x.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a comma-separated list of numbers") from None
    if not numbers or any(n < 1 for n in numbers):
        raise argparse.ArgumentTypeError("worker counts must be 1 or more")
    return numbers


def register(sub: argparse._SubParsersAction) -> None:
    from ..bench.run import WHATS

    p = sub.add_parser("bench", help="measure documents/s and memory on a generated corpus",
                       description="Generate a multilingual corpus from legation's templates and measure "
                                   "extraction, ingest and the parallel engines: documents/s, MB/s, "
                                   "each stage's share of the time and peak memory, as medians over "
                                   "repeats, each run in a fresh process.")
    p.add_argument("--docs", type=int, default=1000, metavar="N", help="documents in the corpus (1000)")
    p.add_argument("--repeats", type=int, default=3, metavar="R", help="runs per configuration (3)")
    p.add_argument("--what", default="extract,ingest,workers,dask,compare", metavar="LIST",
                   help=f"what to measure, comma-separated: {', '.join(WHATS)} (all)")
    p.add_argument("--langs", metavar="CODES", help="languages of the corpus, comma-separated (all)")
    p.add_argument("--workers", type=_int_list, default=[1, 2], metavar="LIST",
                   help="pool sizes for the workers, dask and ingest rows (1,2)")
    p.add_argument("--scheduler", metavar="ADDRESS", help="an existing Dask scheduler for the dask row")
    p.add_argument("--seed", type=int, default=0, help="corpus seed (0)")
    p.add_argument("--json", action="store_true", help="print the figures as JSON instead of a table")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..bench.corpus import available_languages
    from ..bench.run import machine, run_bench, table

    if args.docs < 1 or args.repeats < 1:
        raise LegationError("--docs and --repeats must be 1 or more")
    langs = [x.strip() for x in args.langs.split(",") if x.strip()] if args.langs else None
    if langs:
        missing = sorted(set(langs) - set(available_languages()))
        if missing:
            raise LegationError(f"--langs: no corpus templates for {', '.join(missing)}; "
                                f"available: {', '.join(available_languages())}")
    try:
        rows = run_bench(args.docs, args.repeats, args.what.split(","), langs=langs,
                         workers=args.workers, scheduler=args.scheduler, seed=args.seed,
                         progress=lambda msg: print(f"  {msg}", file=sys.stderr, flush=True))
    except ValueError as exc:
        raise LegationError(f"--what: {exc}") from None
    if args.json:
        print(json.dumps({"docs": args.docs, "repeats": args.repeats, "machine": machine(),
                          "rows": [r.to_dict() for r in rows]}, indent=2))
    else:
        print(table(rows, docs=args.docs, repeats=args.repeats))
    return 0
