"""Counts that add up across cases: precision/recall/F1 and accuracy."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def value(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def empty(self) -> bool:
        return not (self.tp or self.fp or self.fn)

    def show(self) -> str:
        return f"{self.value:.3f} (P {self.precision:.2f} R {self.recall:.2f}; {self.tp}/{self.fp}/{self.fn})"


@dataclass
class Rate:
    hits: int = 0
    total: int = 0

    def __add__(self, other: Rate) -> Rate:
        return Rate(self.hits + other.hits, self.total + other.total)

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else 1.0

    @property
    def empty(self) -> bool:
        return not self.total

    def show(self) -> str:
        return f"{self.value:.3f} ({self.hits}/{self.total})"


Metric = PRF | Rate
