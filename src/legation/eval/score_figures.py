"""Figures and flags: figure P/R/F1 on consistent articles, error flags on consistent ones, corrupted flagged."""

from __future__ import annotations

from typing import Any

from ..document import Document
from .metrics import PRF, Metric, Rate


def _matches(gold: dict[str, Any], fig: dict[str, Any]) -> bool:
    if gold.get("metric") != fig.get("metric") or gold.get("unit") != fig.get("unit"):
        return False
    if gold.get("period") != fig.get("period"):
        return False
    pair_gold = {gold.get("reporter"), gold.get("partner")}
    pair_fig = {fig.get("reporter"), fig.get("partner")}
    if pair_gold != pair_fig:
        return False
    gv, fv = float(gold.get("value") or 0.0), float(fig.get("value") or 0.0)
    return abs(gv - fv) <= 0.01 * max(abs(gv), 1e-9)


def score(case: dict[str, Any], doc: Document) -> dict[str, Metric]:
    """`figures` (PRF on consistent cases), `error_flags_on_consistent` (lower is better),
    `clean_consistent` (share of consistent cases with no error flag), `corrupted_flagged`."""
    errors = sum(1 for f in doc.flags if f.severity == "error")
    if case.get("inconsistencies"):
        return {"corrupted_flagged": Rate(int(errors > 0), 1)}
    gold = list(case.get("figures") or [])
    # Gold lists levels and growth; changes and targets are kept apart and not scored here.
    found = [f.to_dict() for f in doc.figures if f.metric not in ("other", "change", "target")]
    prf = PRF()
    unmatched = list(gold)
    for fig in found:
        hit = next((g for g in unmatched if _matches(g, fig)), None)
        if hit is None:
            prf.fp += 1
        else:
            prf.tp += 1
            unmatched.remove(hit)
    prf.fn += len(unmatched)
    return {
        "figures": prf,
        "error_flags_on_consistent": Rate(int(errors > 0), 1),
        "clean_consistent": Rate(int(errors == 0), 1),
    }
