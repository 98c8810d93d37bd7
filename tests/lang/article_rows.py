"""Shared checks for a new language's end-to-end rows: language ID, corpus templates, a whole article.

Used by tests/lang/<code>/test_language.py, test_corpus.py and test_article.py.
"""

from __future__ import annotations

import datetime
import math
import random
from pathlib import Path
from typing import Any

from legation import extract
from legation.bench.corpus import generate, slots, templates
from legation.lang.identify import identify_text


def check_language(lang: str, text: str) -> None:
    """`text` is identified as `lang`."""
    assert identify_text(text).code == lang


def check_corpus(lang: str) -> None:
    """Every corpus template of `lang` fills with every pair of countries, and articles are news-sized."""
    t = templates(lang)
    rng = random.Random(0)
    for a in t.countries:
        for b in t.countries:
            if a is b:
                continue
            filled = slots(t, rng, datetime.date(2024, 5, 17), (a, b))
            for part in t.text.values():
                for template in part:
                    out = template.format_map(filled)
                    assert "{" not in out and "}" not in out
    for doc in generate(6, seed=2, langs=[lang]):
        assert doc["lang"] == lang
        assert len([p for p in doc["text"].split("\n\n") if p.strip()]) >= 5


def check_article(lang: str, path: Path, published: str, expected: dict[str, Any]) -> None:
    """The whole pipeline on the article in `path`: language, body, countries, one official, one event, figures."""
    doc = extract(path.read_text(encoding="utf-8"), published=published)
    assert doc.lang == lang
    assert doc.text.startswith(expected["body_starts"])
    for line in expected.get("dropped", []):
        assert line not in doc.text
    countries = {e.code for e in doc.entities if e.kind == "country"}
    assert expected["countries"] <= countries, countries
    people = {(e.name, e.role, e.country) for e in doc.entities if e.kind == "person"}
    assert expected["person"] in people, people
    for ent in doc.entities:
        for m in ent.mentions:
            assert doc.text[m.start:m.end] == m.text
    type_, pair, date, place = expected["event"]
    found = [ev for ev in doc.events if ev.type == type_ and ev.source and ev.target
             and {ev.source.code, ev.target.code} == pair]
    assert found, [(ev.type, ev.source and ev.source.code, ev.target and ev.target.code) for ev in doc.events]
    event = found[0]
    assert event.date == date
    assert event.location is not None and event.location.name == place
    for metric, value, unit, period in expected.get("figures", []):
        assert any(f.metric == metric and f.unit == unit and f.period == period
                   and math.isclose(f.value, value, rel_tol=1e-6) for f in doc.figures), \
            [(f.metric, f.value, f.unit, f.period) for f in doc.figures]
    assert not [f for f in doc.flags if f.severity == "error"], [f.message for f in doc.flags]
