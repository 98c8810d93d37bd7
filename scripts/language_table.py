#!/usr/bin/env python3
"""Print the README's language table: each language's support level and its held-out figures.

Usage: `python scripts/language_table.py [GOLD_DIR]` (default `tests/heldout`). Scores the
cases with `legation eval --json` (so the figures are the ones `legation eval` prints) and
prints one Markdown row per language that has a resource folder or held-out cases.
Needs the `dev` extra (Babel, for the languages' English names).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from babel import Locale  # noqa: E402

from legation import resources  # noqa: E402


def _name(code: str) -> str:
    try:
        return Locale.parse(code).get_display_name("en") or code
    except (ValueError, LookupError):
        return code


def _f1(scores: dict[str, float], key: str) -> str:
    value = scores.get(key)
    return "–" if value is None else f"{value:.2f}"


def main(argv: list[str]) -> int:
    gold = Path(argv[1]) if len(argv) > 1 else ROOT / "tests" / "heldout"
    out = subprocess.run([sys.executable, "-m", "legation", "eval", "--json", str(gold)],
                         check=True, capture_output=True, text=True).stdout
    scores = json.loads(out)
    cases = Counter(json.loads(p.read_text(encoding="utf-8"))["lang"] for p in sorted(gold.glob("*.json")))
    with_figures = Counter(json.loads(p.read_text(encoding="utf-8"))["lang"] for p in sorted(gold.glob("*.json"))
                           if json.loads(p.read_text(encoding="utf-8")).get("figures"))
    order = {"full": 0, "entities": 1, "identification": 2, None: 3}
    langs = sorted(set(resources.languages()) | set(cases),
                   key=lambda c: (order[resources.support(c) if c in resources.languages() else None], c))
    print("| language | support | held-out cases | events F1 | people F1 | figures F1 | consistent articles with an error flag |")
    print("|---|---|---|---|---|---|---|")
    for code in langs:
        level = resources.support(code) if code in resources.languages() else "identification (model only)"
        n = cases.get(code, 0)
        if not n:
            print(f"| {_name(code)} ({code}) | {level} | 0 | | | | |")
            continue
        figures = _f1(scores, f"{code}.figures") if with_figures.get(code) else "no figures"
        flags = scores.get(f"{code}.error_flags_on_consistent")
        flagged = "–" if flags is None else f"{flags:.0%}"
        print(f"| {_name(code)} ({code}) | {level} | {n} | {_f1(scores, code + '.events')} | "
              f"{_f1(scores, code + '.people')} | {figures} | {flagged} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
