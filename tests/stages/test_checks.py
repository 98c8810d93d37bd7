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


# Shapes that consistent articles take and that no check may call an error.

from .trade_reports import PREVIOUS_YEAR, _az_year, document_for  # noqa: E402


def _pipeline(doc):
    return checks.run(figures.run(doc, DEFAULT), DEFAULT)


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(PREVIOUS_YEAR), st.integers(2001, 2023).filter(lambda y: y % 10),
       st.integers(10, 99_999), st.integers(1, 999))
def test_growth_on_an_unstated_previous_year_is_never_an_error(t, year, tenths, growth_tenths):
    values = {"year": str(year), "AZYEAR": _az_year(year), "T": t.money(tenths / 10), "G": t.pct(growth_tenths / 10)}
    doc = _pipeline(document_for(t, values, PUBLISHED))
    growth = [f for f in doc.figures if f.metric == "growth_pct"]
    assert growth and all(f.compared_to == str(year - 1) and f.period == str(year) for f in growth), \
        [f.to_dict() for f in doc.figures]
    assert _errors(doc) == [], [f.message for f in doc.flags]


def _english(text: str, published: str = PUBLISHED):
    from legation import extract
    return extract(text, lang="en", published=published)


money = st.integers(100, 9_999).map(lambda v: v / 10)       # millions, one decimal


big_money = st.integers(5_000, 99_999).map(lambda v: v / 10)  # half a billion and more


@settings(max_examples=60, deadline=None)
@given(big_money, big_money, st.sampled_from(["almost", "nearly", "about", "more than", "over", "some"]))
def test_hedged_totals_rounded_as_writers_do_are_not_errors(exports, imports, hedge):
    total = exports + imports
    # "almost" rounds up to the next tenth of a billion, "more than" down, "about" to the nearest.
    import math
    scale = 100.0
    written = {"almost": math.ceil, "nearly": math.ceil, "more than": math.floor, "over": math.floor}.get(
        hedge, round)(total / scale) * scale
    if written <= 0:
        written = scale
    doc = _english(f"Trade between Chile and Peru reached {hedge} ${written / 1000:.1f} billion in 2023. "
                   f"Chile's exports came to ${exports:.1f} million and imports to ${imports:.1f} million.")
    assert {"trade_turnover", "exports", "imports"} <= {f.metric for f in doc.figures}
    assert _errors(doc) == [], [f.message for f in doc.flags]


@settings(max_examples=40, deadline=None)
@given(money, money, money)
def test_amounts_in_different_currencies_are_not_added(total, exports, imports):
    doc = _english(f"Trade between Chile and Peru reached ${total:.1f} million in 2023. "
                   f"Exports came to {exports:.1f} million euros and imports to {imports:.1f} million euros.")
    assert _errors(doc) == [], [f.message for f in doc.flags]


@settings(max_examples=40, deadline=None)
@given(money, money, money, money)
def test_figures_of_different_pairs_in_one_sentence_are_not_compared(peru, bolivia, exports, imports):
    doc = _english(f"In 2023, trade between Chile and Peru reached ${peru:.1f} million, while trade between "
                   f"Chile and Bolivia stood at ${bolivia:.1f} million. Chile's exports to Bolivia came to "
                   f"${exports:.1f} million and imports from Bolivia to ${imports:.1f} million.")
    pairs = {frozenset((f.reporter, f.partner)) for f in doc.figures if f.metric == "trade_turnover"}
    assert pairs == {frozenset(("CHL", "PER")), frozenset(("CHL", "BOL"))}
    # The Peru total is never set against the Bolivia parts.
    peru_ids = {f.id for f in doc.figures if "PER" in (f.reporter, f.partner)}
    assert not [f for f in _errors(doc) if peru_ids & set(f.figures)], [f.message for f in doc.flags]


@settings(max_examples=40, deadline=None)
@given(st.integers(20, 90).map(float), money, money)
def test_a_cumulative_total_is_not_a_yearly_one(billions, exports, imports):
    doc = _english(f"Since 1995, cumulative trade between Chile and Peru has exceeded ${billions:.0f} billion. "
                   f"In 2023 trade reached ${exports + imports:.1f} million, with exports of ${exports:.1f} million "
                   f"and imports of ${imports:.1f} million.")
    assert _errors(doc) == [] and not [f for f in doc.flags if f.kind == "conflict"], [f.message for f in doc.flags]


@settings(max_examples=60, deadline=None)
@given(money, money)
def test_a_total_swapped_with_a_part_across_two_sentences_is_repaired(a, b):
    exports, imports = min(a, b), max(a, b) + 50.0
    total = exports + imports
    doc = _english(f"Trade between Chile and Peru reached ${imports:.1f} million in 2023. "
                   f"Exports came to ${exports:.1f} million and imports to ${total:.1f} million.")
    assert _errors(doc)
    repairs = [f for f in doc.flags if f.kind == "repair"]
    assert len(repairs) == 1, [f.message for f in doc.flags]
    by = {p["metric"]: p["value"] for p in repairs[0].proposal}
    assert abs(by["trade_turnover"] - total * 1e6) < 1e3
    assert abs(by["exports"] + by["imports"] - by["trade_turnover"]) <= 0.1e6


def test_growth_of_exports_is_checked_against_their_base_but_is_no_figure():
    wrong = _english("In 2023, Chile's exports to Peru rose 20% to $700 million from $500 million in 2022.")
    assert [f.kind for f in _errors(wrong)] == ["growth_mismatch"]
    assert "exports" in _errors(wrong)[0].message
    assert "growth_pct" not in {f.metric for f in wrong.figures}
    right = _english("In 2023, Chile's exports to Peru rose 40% to $700 million from $500 million in 2022.")
    assert _errors(right) == []
    assert {(f.metric, f.period) for f in right.figures} == {("exports", "2023"), ("exports", "2022")}


@pytest.mark.parametrize("text", [
    "Trade between Chile and Peru grew 12% to $3.4 billion in 2023.",
    "Trade between Chile and Peru reached $3.4 billion in 2023, 12% more than a year earlier.",
    "In 2023 trade between Chile and Peru reached $3.4 billion, up 12% on the same period last year.",
])
def test_a_period_is_never_compared_with_itself(text):
    doc = _english(text, "2024-02-01")
    growth = [f for f in doc.figures if f.metric == "growth_pct"]
    assert growth and all(f.compared_to != f.period for f in growth)
    assert _errors(doc) == []
