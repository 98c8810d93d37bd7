"""Cross-document figure conflicts: who disagrees, checked against the plain pairwise definition."""

from __future__ import annotations

import random

import pytest

from legation.store.merge import StatedFigure, figure_conflict, values_agree


def _fig(doc: str, n: int, value: float) -> StatedFigure:
    return StatedFigure(doc, f"f{n}", "exports", "AZE", "KAZ", "2023", "USD", value)


def _pairwise(figures: list[StatedFigure]) -> set[str]:
    involved: set[str] = set()
    for i, a in enumerate(figures):
        for b in figures[i + 1:]:
            if a.document_id != b.document_id and not values_agree(a.value, b.value):
                involved.update((a.document_id, b.document_id))
    return involved


def _involved(figures: list[StatedFigure]) -> set[str]:
    flag = figure_conflict("b", figures)
    return set(flag["documents"]) if flag else set()


@pytest.mark.parametrize("values, expected", [
    # 1000 is rounded to thousands, so 600 agrees with it; 990 (to tens) disagrees with 600.
    ([("a", 600.0), ("b", 1000.0), ("c", 990.0)], {"a", "c"}),
    ([("a", 418.6e6), ("b", 419e6), ("c", 4.2e8)], set()),
    ([("a", 418.6e6), ("b", 417.1e6)], {"a", "b"}),
    ([("a", 5.0), ("a", 9.0)], set()),            # one document contradicting itself is not a conflict
    ([("a", 5.0), ("a", 9.0), ("b", 5.0)], {"a", "b"}),
])
def test_conflicting_documents(values: list[tuple[str, float]], expected: set[str]) -> None:
    assert _involved([_fig(d, n, v) for n, (d, v) in enumerate(values)]) == expected


def test_same_documents_as_every_pair_compared() -> None:
    rng = random.Random(7)
    pool = [0.0, 600.0, 990.0, 1000.0, 1050.0, 1400.0, 12.4, 12.5, 13.0, 418.6e6, 419e6, 4.2e8, -5.0, -5.5]
    for _ in range(400):
        docs = rng.choice([2, 4, 9])
        figures = [_fig(f"d{rng.randrange(docs)}", n,
                        rng.choice(pool) if rng.random() < 0.6 else round(rng.uniform(0, 2000), rng.randint(-2, 2)))
                   for n in range(rng.randint(1, 30))]
        assert _involved(figures) == _pairwise(figures)


@pytest.mark.parametrize("values, kind", [
    ([("a", 1.5e12), ("b", 1.5e9)], "scale"),             # millions written for thousands
    ([("a", 2.3e6), ("b", 2.31e9), ("c", 2.3e6)], "scale"),
    ([("a", 1.5e12), ("b", 5e9)], "conflict"),            # a factor of 300 is not a unit slip
    ([("a", 418.6e6), ("b", 417.1e6)], "conflict"),
])
def test_values_a_thousand_times_apart_are_a_scale_conflict(values: list[tuple[str, float]], kind: str) -> None:
    flag = figure_conflict("b", [_fig(d, n, v) for n, (d, v) in enumerate(values)])
    assert flag is not None and flag["kind"] == kind
    assert ("wrong unit" in flag["message"]) == (kind == "scale")
