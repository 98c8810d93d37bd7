"""Properties of the figure checks over the project's own templates (resources/<lang>/corpus.toml),
in every language that has them: consistent figures give no error; swapping the two years, or
writing one amount with the wrong scale word, or inflating a part over its total, gives an error naming
both numbers involved."""

from __future__ import annotations

import datetime
import random
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from legation import extract
from legation.bench import corpus
from legation.text.numbers import format_amount

LANGS = corpus.available_languages()
PUBLISHED = datetime.date(2024, 3, 1)


def _fill(lang: str, template: str, seed: int, **amounts: Any) -> str:
    t = corpus.templates(lang)
    filled = corpus.slots(t, random.Random(seed), PUBLISHED)
    fmt = t.fmt
    suffixes = fmt.get("ordinal_suffixes")
    for key in ("year", "base_year"):
        if key in amounts:
            y = amounts[key]
            amounts[f"{key}_ord"] = f"{y}{suffixes[y % 10]}" if suffixes else str(y)
    return corpus._capital(template.format_map({**filled, **amounts}))


def _money(lang: str, tenths: int, scale: str = "money_million") -> str:
    fmt = corpus.templates(lang).fmt
    return str(fmt[scale].format(value=corpus._number(tenths, fmt["decimal"])))


def _growth(lang: str, tenths: float) -> str:
    return corpus._number(round(tenths), corpus.templates(lang).fmt["decimal"])


def _errors(lang: str, text: str) -> list[str]:
    doc = extract(text, lang=lang, published=PUBLISHED.isoformat())
    return [f.message for f in doc.flags if f.severity == "error"]


two_years = st.tuples(st.sampled_from(LANGS), st.integers(0, 10**6), st.integers(500, 9000),
                      st.integers(101, 300))


@settings(max_examples=60, deadline=None)
@given(two_years)
def test_two_consistent_years_give_no_error_and_swapped_years_an_error_naming_both(case: tuple[int, ...]) -> None:
    lang, seed, base, percent = case
    turnover = base * percent // 100             # in tenths of a million, so exact as written
    growth = (turnover - base) / base * 1000     # in tenths of a percent
    template = corpus.templates(lang).text["trade_years"][0]
    amounts = dict(turnover=_money(lang, turnover), base=_money(lang, base), growth=_growth(lang, growth))
    right = _fill(lang, template, seed, year=2023, base_year=2022, **amounts)
    assert _errors(lang, right) == [], right
    swapped = _fill(lang, template, seed, year=2022, base_year=2023, **amounts)
    errors = _errors(lang, swapped)
    assert any(format_amount(turnover * 1e5, "USD") in m and format_amount(base * 1e5, "USD") in m
               for m in errors), (swapped, errors)


parts = st.tuples(st.sampled_from(LANGS), st.integers(0, 10**6), st.integers(500, 9000),
                  st.integers(20, 80), st.integers(5, 450), st.sampled_from(["turnover", "exports", "imports"]))


@settings(max_examples=60, deadline=None)
@given(parts)
def test_consistent_parts_give_no_error_and_one_wrong_unit_word_an_error_naming_both(case: tuple[Any, ...]) -> None:
    lang, seed, total, share, growth, slipped = case
    values = {"turnover": total, "exports": total * share // 100}
    values["imports"] = total - values["exports"]
    template = corpus.templates(lang).text["trade"][0]
    right = _fill(lang, template, seed, growth=_growth(lang, growth),
                  **{k: _money(lang, v) for k, v in values.items()})
    assert _errors(lang, right) == [], right
    wrong = _fill(lang, template, seed, growth=_growth(lang, growth),
                  **{k: _money(lang, v, "money_billion" if k == slipped else "money_million")
                     for k, v in values.items()})
    errors = _errors(lang, wrong)
    changed = format_amount(values[slipped] * 1e8, "USD")
    others = [format_amount(v * 1e5, "USD") for k, v in values.items() if k != slipped]
    assert any(changed in m and any(o in m for o in others) for m in errors), (wrong, errors)


inflated = st.tuples(st.sampled_from(LANGS), st.integers(0, 10**6), st.integers(500, 9000),
                     st.integers(20, 80), st.integers(5, 450), st.sampled_from(["exports", "imports"]),
                     st.integers(110, 400))


@settings(max_examples=60, deadline=None)
@given(inflated)
def test_a_part_inflated_over_its_total_gives_an_error_naming_both(case: tuple[Any, ...]) -> None:
    lang, seed, total, share, growth, part, percent = case
    values = {"turnover": total, "exports": total * share // 100}
    values["imports"] = total - values["exports"]
    values[part] = total * percent // 100          # the part now exceeds the total it belongs to
    template = corpus.templates(lang).text["trade"][0]
    wrong = _fill(lang, template, seed, growth=_growth(lang, growth), **{k: _money(lang, v) for k, v in values.items()})
    errors = _errors(lang, wrong)
    named = [format_amount(values[k] * 1e5, "USD") for k in ("turnover", part)]
    assert any(all(n in m for n in named) for m in errors), (wrong, errors)
