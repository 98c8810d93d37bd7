"""`legation eval`: score the pipeline against a gold set, per language and overall.

Each scorer module (`legation.eval.score_*`) has `score(case, doc) -> {name: PRF | Rate}`;
the counts are summed per language and overall.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..document import Document
from ..errors import InputError
from ..extract import extract
from ..settings import DEFAULT, Settings
from .cases import load_cases
from .metrics import Metric

_SCORERS = ("score_text", "score_entities", "score_events", "score_figures")

Scorer = Callable[[dict[str, Any], Document], dict[str, Metric]]


def scorers() -> list[Scorer]:
    found = []
    for name in _SCORERS:
        try:
            found.append(importlib.import_module(f"{__package__}.{name}").score)
        except ModuleNotFoundError as exc:
            if exc.name != f"{__package__}.{name}":
                raise
    return found


@dataclass
class Report:
    """Figures per group (a language, or a PLOVER type for PLOVER-format gold) and overall."""

    by_lang: dict[str, dict[str, Metric]] = field(default_factory=dict)
    overall: dict[str, Metric] = field(default_factory=dict)
    cases: int = 0
    failures: list[str] = field(default_factory=list)
    group: str = "lang"

    def add(self, lang: str, scores: dict[str, Metric]) -> None:
        for table in (self.by_lang.setdefault(lang, {}), self.overall):
            for name, metric in scores.items():
                table[name] = table[name] + metric if name in table else metric

    def figures(self) -> dict[str, float]:
        """Flat `{"overall.name": value, "<lang>.name": value}` of every non-empty metric."""
        out = {f"overall.{k}": m.value for k, m in self.overall.items() if not m.empty}
        for lang, table in sorted(self.by_lang.items()):
            out.update({f"{lang}.{k}": m.value for k, m in table.items() if not m.empty})
        return out

    def render(self) -> str:
        if self.group != "lang":
            return self._render_rows()
        names = list(self.overall)
        langs = sorted(self.by_lang)
        width = max([len(n) for n in names] + [8])
        lines = [f"{'metric':<{width}}  " + "  ".join(f"{lang:>6}" for lang in langs) + "   overall"]
        for name in names:
            cells = []
            for lang in langs:
                m = self.by_lang[lang].get(name)
                cells.append(f"{m.value:6.3f}" if m is not None and not m.empty else f"{'-':>6}")
            lines.append(f"{name:<{width}}  " + "  ".join(cells) + f"   {self.overall[name].show()}")
        lines.append(f"{self.cases} cases" + (f"; {len(self.failures)} failed: " + "; ".join(self.failures)
                                              if self.failures else ""))
        return "\n".join(lines)


    def _render_rows(self) -> str:
        """One row per group: many groups (PLOVER types) and few figures read better this way."""
        names = list(dict.fromkeys(n for table in self.by_lang.values() for n in table))
        width = max([len(g) for g in self.by_lang] + [len(self.group), len("overall")])
        lines = [f"{self.group:<{width}}  " + "  ".join(f"{n:>16}" for n in names)]
        for group, table in sorted(self.by_lang.items()) + [("overall", self.overall)]:
            cells = [table[n].show() if n in table and not table[n].empty else "-" for n in names]
            lines.append(f"{group:<{width}}  " + "  ".join(f"{c:>16}" for c in cells))
        lines.append(f"{self.cases} records" + (f"; {len(self.failures)} failed: " + "; ".join(self.failures)
                                                if self.failures else ""))
        return "\n".join(lines)


def evaluate(gold_dir: str | Path, *, settings: Settings = DEFAULT) -> Report:
    """Run `extract` on every gold case and score it."""
    report = Report()
    active = scorers()
    for case in load_cases(gold_dir):
        report.cases += 1
        try:
            doc = extract(case["text"], published=case.get("published"), url=case.get("source_url"),
                          settings=settings)
        except InputError as exc:
            report.failures.append(f"{case['id']}: {exc}")
            continue
        for scorer in active:
            report.add(case.get("lang", "?"), scorer(case, doc))
    return report


def check_floors(report: Report, baseline: str | Path) -> list[str]:
    """Every figure below its floor in the baseline file, as a readable line."""
    floors: dict[str, float] = json.loads(Path(baseline).read_text(encoding="utf-8"))["floors"]
    got = report.figures()
    problems = []
    for key, floor in sorted(floors.items()):
        if key not in got:
            problems.append(f"{key}: not measured (floor {floor:.3f})")
        elif got[key] + 1e-9 < floor:
            problems.append(f"{key}: {got[key]:.3f} is below its floor {floor:.3f}")
    return problems
