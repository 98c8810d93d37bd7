#!/usr/bin/env python3
"""How extraction time grows when one hostile sentence doubles: x2 is linear, x4 quadratic.

Usage: `python scripts/sentence_growth.py [SHAPES] [SIZES]`, e.g.
`python scripts/sentence_growth.py clause,percents 1000,2000,4000`. Each shape is one
sentence (or one paragraph of many) repeated n times; for each size the script prints
the pipeline's time, its ratio to the previous size, and the three slowest stages.
The time budget is off (`max_seconds = 0`) so that runaway shapes show their full time.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from legation.pipeline import Pipeline
from legation.read import read_input
from legation.settings import Settings

CLAUSE = "Kazakhstan and Uzbekistan agreed to expand trade and the ministers met in Tashkent on 11 March 2024 "
SHAPES: dict[str, Callable[[int], str]] = {
    # One clause repeated with no full stop.
    "clause": lambda n: CLAUSE * n,
    # Many numbers of one kind in one sentence.
    "percents": lambda n: "Trade between Kazakhstan and Uzbekistan grew " + ", ".join(
        f"by {i % 90 + 1}.{i % 10}% in the month of the year" for i in range(n)) + ".",
    "money": lambda n: "Trade between Kazakhstan and Uzbekistan reached " + ", ".join(
        f"${i % 900 + 1}.{i % 10} million in the month of the year" for i in range(n)) + ".",
    "years": lambda n: "Kazakhstan and Uzbekistan signed agreements " + ", ".join(
        f"in {1950 + i % 70} and the ministers met" for i in range(n)) + ".",
    # Figures that disagree, in one sentence and in many.
    "conflicts": lambda n: " and ".join(
        f"trade between Kazakhstan and Uzbekistan reached ${i % 90 + 1}.{i % 7} billion in 2023"
        for i in range(n)) + ".",
    "sentences": lambda n: " ".join(
        f"Kazakhstan and Uzbekistan agreed to expand trade and the ministers met in Tashkent on {i % 28 + 1} March 2024."
        for i in range(n)),
    "officials": lambda n: " and ".join(
        "Uzbekistan's Deputy Foreign Minister Farrukh Tursunov met Kazakhstan's Foreign Minister Aibek Nurlanov"
        for _ in range(n)) + ".",
}


def main(argv: list[str]) -> None:
    names = argv[0].split(",") if argv else list(SHAPES)
    sizes = [int(x) for x in argv[1].split(",")] if len(argv) > 1 else [500, 1000, 2000]
    settings = Settings(max_bytes=50_000_000, max_seconds=0)
    pipe = Pipeline(settings=settings)
    pipe(read_input("Kazakhstan and Uzbekistan agreed to expand trade. The ministers met in Tashkent.",
                    settings=settings))       # load the English resources before timing
    for name in names:
        previous = None
        for n in sizes:
            text = "Kazakhstan and Uzbekistan held talks.\n\n" + SHAPES[name](n) + "\n\nThe ministers met again in Astana."
            doc = read_input(text, settings=settings, published="2024-05-01")
            pipe.timings = {}
            start = time.perf_counter()
            pipe(doc)
            total = time.perf_counter() - start
            slowest = sorted(pipe.timings.items(), key=lambda kv: -kv[1])[:3]
            ratio = f"x{total / previous:.1f}" if previous else ""
            print(f"{name:10s} n={n:6d} {len(text) / 1000:7.0f} KB {total:7.2f} s {ratio:5s} "
                  + " ".join(f"{k}={v:.2f}" for k, v in slowest), flush=True)
            previous = total


if __name__ == "__main__":
    main(sys.argv[1:])
