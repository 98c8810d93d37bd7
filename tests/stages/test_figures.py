"""The `figures` stage on the example article and on sentences written for these tests."""

from __future__ import annotations

from legation import extract_path, extract
from legation.stages.checks import bounds, growth_interval, overlap

PUBLISHED = "2024-10-24"


def _example(example_path):
    return extract_path(example_path, published=PUBLISHED)


def test_example_2024_figures_have_no_flag(example_path):
    doc = _example(example_path)
    got = {(f.metric, f.period, f.value, f.unit) for f in doc.figures if f.period == "2024-01/2024-08"}
    assert got == {("trade_turnover", "2024-01/2024-08", 289e6, "USD"),
                   ("exports", "2024-01/2024-08", 114.3e6, "USD"),
                   ("imports", "2024-01/2024-08", 174.7e6, "USD")}
    ids = {f.id for f in doc.figures if f.period == "2024-01/2024-08"}
    assert all({"KAZ", "BEL"} == {f.reporter, f.partner} for f in doc.figures if f.id in ids)
    assert not [fl for fl in doc.flags if ids & set(fl.figures)]
    for f in doc.figures:
        assert doc.text[f.evidence.start:f.evidence.end] == f.as_written


def test_example_2023_passage_is_flagged_and_repaired(example_path):
    doc = _example(example_path)
    errors = [f for f in doc.flags if f.severity == "error"]
    kinds = {f.kind for f in errors}
    assert {"impossible_year", "sum_mismatch", "growth_mismatch"} <= kinds
    year = next(f for f in errors if f.kind == "impossible_year")
    assert "523.7" in year.message
    assert any(doc.text[e.start:e.end].startswith("523.7") for e in year.evidence)
    sums = next(f for f in errors if f.kind == "sum_mismatch")
    assert "2,022.0" in sums.message and "514.9" in sums.message and "1.7" in sums.message
    repairs = [f for f in doc.flags if f.kind == "repair"]
    assert len(repairs) == 1 and repairs[0].severity == "info"
    proposal = repairs[0].proposal
    by = {(p["metric"], p["period"]): p["value"] for p in proposal}
    turnover = by[("trade_turnover", "2023")]
    parts = [by[("exports", "2023")], by[("imports", "2023")]]
    # The proposal passes every check: parts sum to the total, growth follows from the base.
    assert abs(sum(parts) - turnover) <= 0.15e6
    base = next(v for (m, p), v in by.items() if m == "trade_turnover" and p != "2023")
    growth = by[("growth_pct", "2023")]
    lo, hi = growth_interval((turnover - 0.05e6, turnover + 0.05e6), (base - 0.05e6, base + 0.05e6))
    assert lo <= growth + 0.05 and growth - 0.05 <= hi
    assert all(1900 <= int(p["period"][:4]) <= 2024 for p in proposal)


def test_targets_shares_and_counts_are_not_figures_of_a_period():
    text = ("Ukraine and Poland agreed on a target of $10 billion in trade. Poland has a 12.5% share of "
            "Ukraine's trade, and more than 300 companies work there.")
    doc = extract(text, lang="en", published="2024-01-10")
    # The target is kept apart (metric "target"), the share and the count are not figures.
    assert [(f.metric, f.of, f.value) for f in doc.figures] == [("target", "trade_turnover", 10e9)]


def test_exports_and_imports_name_whose_trade_it_is():
    text = ("Moldova's trade with Romania grew in 2023. Moldovan exports to Romania reached $1.1 billion, "
            "while imports from Romania totalled $900 million.")
    doc = extract(text, lang="en", published="2024-03-01")
    exports = next(f for f in doc.figures if f.metric == "exports")
    imports = next(f for f in doc.figures if f.metric == "imports")
    assert (exports.reporter, exports.partner) == ("MDA", "ROU")
    assert (imports.reporter, imports.partner) == ("MDA", "ROU")
    assert exports.period == imports.period == "2023"


def test_fall_is_negative_growth_against_last_year():
    doc = extract("Trade between Chile and Peru fell 4.5% in 2023 to $3.2 billion.", lang="en",
                  published="2024-02-01")
    growth = next(f for f in doc.figures if f.metric == "growth_pct")
    assert growth.value == -4.5 and growth.period == "2023" and growth.compared_to == "2022"


def test_doubling_is_one_hundred_percent():
    doc = extract("Trade between Chile and Peru doubled in 2023.", lang="en", published="2024-02-01")
    assert [(f.metric, f.value) for f in doc.figures] == [("growth_pct", 100.0)]


def test_bounds_widen_with_hedges():
    doc = extract("Trade between Chile and Peru reached almost $2.5 billion in 2023.", lang="en",
                  published="2024-02-01")
    info = doc.layers["figures"][0]
    lo, hi = bounds(info)
    assert lo < 2.4e9 and hi == 2.55e9
    assert overlap((1, 2), (2, 3)) and not overlap((1, 2), (2.1, 3))
