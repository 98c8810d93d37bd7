"""Alert rules over the store: new events of given types, score shifts, figure conflicts, new officials."""

from __future__ import annotations

from .rules import KINDS, Rule
from .run import add, run_rules, test

__all__ = ["KINDS", "Rule", "add", "run_rules", "test"]
