"""The `checks` stage: consistent reports raise no error; broken arithmetic always does."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from legation.settings import DEFAULT
from legation.stages import checks, figures

from .trade_reports import TEMPLATES, Template, document, render

PUBLISHED = "2024-06-30"


def _run(t: Template, year: int, total: float, exports: float, imports: float, base: float, growth: float):
    text, names = render(t, year, total, exports, imports, base, growth)
    doc = document(t, text, names, PUBLISHED)
    return checks.run(figures.run(doc, DEFAULT), DEFAULT)


def _errors(doc):
    return [f for f in doc.flags if f.severity == "error"]


report = st.fixed_dictionaries({
    "template": st.sampled_from(TEMPLATES),
    "year": st.integers(2001, 2023).filter(lambda y: y % 10),
    "exports": st.integers(10, 99_999).map(lambda v: v / 10),
    "imports": st.integers(10, 99_999).map(lambda v: v / 10),
    "base": st.integers(100, 99_999).map(lambda v: v / 10),
})


def _consistent(r):
    total = round(r["exports"] + r["imports"], 1)
    growth = round((total - r["base"]) / r["base"] * 100, 1)
    return total, growth


@settings(max_examples=120, deadline=None)
@given(report)
def test_a_consistent_report_raises_no_error(r):
    total, growth = _consistent(r)
    doc = _run(r["template"], r["year"], total, r["exports"], r["imports"], r["base"], growth)
    metrics = {f.metric for f in doc.figures}
    assert {"trade_turnover", "exports", "imports"} <= metrics, [f.to_dict() for f in doc.figures]
    assert _errors(doc) == [], [f.message for f in doc.flags]


@settings(max_examples=120, deadline=None)
@given(report)
def test_total_swapped_with_a_part_is_an_error(r):
    total, growth = _consistent(r)
    doc = _run(r["template"], r["year"], r["exports"], total, r["imports"], r["base"], growth)
    assert any(f.kind in ("sum_mismatch", "scale") for f in _errors(doc)), [f.message for f in doc.flags]


@settings(max_examples=120, deadline=None)
@given(report, st.integers(3, 5000), st.booleans())
def test_a_part_changed_beyond_rounding_is_an_error(r, tenths, up):
    total, growth = _consistent(r)
    delta = tenths / 10 if up else -min(tenths / 10, r["exports"] - 0.1)
    if abs(delta) < 0.3:
        delta = 0.3
    doc = _run(r["template"], r["year"], total, round(r["exports"] + delta, 1), r["imports"], r["base"], growth)
    sums = [f for f in _errors(doc) if f.kind == "sum_mismatch"]
    assert sums, [f.message for f in doc.flags]
    assert len(sums[0].figures) == 3 and sums[0].evidence


@pytest.mark.parametrize("t", [t for t in TEMPLATES if "{G}" in t.text], ids=lambda t: t.lang)
def test_growth_that_does_not_follow_from_the_values_is_an_error(t):
    doc = _run(t, 2022, 1500.0, 1000.0, 500.0, 1000.0, 15.0)      # 1000 -> 1500 is +50 %, not +15 %
    kinds = {f.kind for f in _errors(doc)}
    assert kinds == {"growth_mismatch"}, [f.message for f in doc.flags]
    flag = next(f for f in doc.flags if f.kind == "growth_mismatch")
    assert "15.0" in flag.message and "50.0" in flag.message


@pytest.mark.parametrize("t", TEMPLATES, ids=lambda t: t.lang)
def test_a_year_after_publication_is_impossible(t):
    doc = _run(t, 2029, 1500.0, 1000.0, 500.0, 1000.0, 50.0)
    years = [f for f in _errors(doc) if f.kind == "impossible_year"]
    assert years and "2029" in years[0].message


def test_tolerance_follows_the_precision_as_written():
    t = TEMPLATES[0]
    # 1.7 + 0.3 = 2.0 exactly; 1.74 rounds to 1.7, so 2.04 still fits "2.0".
    doc = _run(t, 2020, 2.0, 1.74, 0.3, 1.0, 100.0)
    assert _errors(doc) == []


def test_no_repair_when_the_numbers_of_one_sentence_already_agree():
    t = TEMPLATES[0]
    # The sum fails across two sentences, but the first sentence's numbers agree among
    # themselves: nothing in it can be reassigned with confidence.
    doc = _run(t, 2020, 100.0, 60.0, 70.0, 90.0, 11.1)
    assert [f.kind for f in _errors(doc)] == ["sum_mismatch"]
    assert not [f for f in doc.flags if f.kind == "repair"]
