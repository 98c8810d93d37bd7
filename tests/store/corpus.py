"""A generated corpus for the store's crash and idempotency tests.

Articles come from a few templates written for these tests. Most are stored as
already extracted records (JSON Lines), so the merge has many events to work
on whatever the extraction stages can do today; some are plain text files that
go through the real pipeline. Document `i` depends on (seed, i) alone.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from .conftest import record

COUNTRIES = {"KAZ": "Kazakhstan", "BEL": "Belgium", "AZE": "Azerbaijan", "GEO": "Georgia",
             "UZB": "Uzbekistan", "TUR": "Turkey"}
CITIES = {"KAZ": "Astana", "BEL": "Brussels", "AZE": "Baku", "GEO": "Tbilisi", "UZB": "Tashkent",
          "TUR": "Ankara"}
TYPES = ("CONSULT", "AGREE", "COOPERATE", "ACCUSE", "SUPPORT")
LANGS = ("en", "ru", "az", "tr", "de")
SITES = tuple(f"https://outlet{i}.example.org" for i in range(12))

TEMPLATES = (
    "{a} and {b} held a round of talks in {city} on {day}, officials said in report number {n}.\n"
    "The delegations discussed transport, energy and customs questions over two sessions.\n"
    "Both sides agreed that the next meeting would take place within the year.",
    "Officials from {a} met their counterparts from {b} in {city} ({n}).\n"
    "According to the ministry, the talks on {day} covered trade and visas.\n"
    "A joint statement is expected after further consultations.",
    "Report {n}: the foreign ministry of {a} said on {day} that it had talked with {b}.\n"
    "Trade between {a} and {b} reached {value} million dollars in {year}, it added.\n"
    "Analysts expect the figure to grow as new routes open.",
)


def _article(rng: random.Random, n: int) -> tuple[str, dict]:
    a, b = rng.sample(sorted(COUNTRIES), 2)
    city_of = rng.choice((a, b))
    day = f"2024-{rng.randint(3, 5):02d}-{rng.randint(1, 28):02d}"
    year = rng.choice((2022, 2023))
    value = rng.choice((120, 120, 121, 135, 480))
    text = rng.choice(TEMPLATES).format(a=COUNTRIES[a], b=COUNTRIES[b], city=CITIES[city_of], day=day,
                                        n=n, value=value, year=year)
    facts = {"a": a, "b": b, "city": (CITIES[city_of], city_of), "day": day, "year": year, "value": value}
    return text, facts


def document(seed: int, i: int) -> dict:
    """Document `i`: a record with events and figures (most), or {"text": ...} (every fifth)."""
    rng = random.Random(seed * 1_000_003 + i)
    # Every 97th document repeats an earlier one's body: it must be stored once.
    n = i - 1 if i % 97 == 1 else i
    rng_body = random.Random(seed * 1_000_003 + n)
    text, facts = _article(rng_body, n)
    published = f"2024-06-{1 + n % 28:02d}"
    if i % 5 == 0:
        return {"text": text, "published": published, "url": f"{SITES[n % len(SITES)]}/{n}"}
    events = []
    for _ in range(rng_body.randint(1, 2)):
        kind = rng_body.choice(TYPES)
        precision = rng_body.choices(("day", "month", None), (8, 2, 1))[0]
        day = facts["day"]
        if precision == "day" and rng_body.random() < 0.2:      # reported a day late
            day = day[:8] + f"{int(day[8:]) + 1:02d}"
        source, target = (facts["a"], facts["b"]) if rng_body.random() < 0.5 else (facts["b"], facts["a"])
        events.append({"type": kind, "source": source, "target": target,
                       "date": None if precision is None else day[:7] if precision == "month" else day,
                       "precision": precision,
                       "place": facts["city"] if rng_body.random() < 0.6 else None})
    figures = []
    if rng_body.random() < 0.3:
        figures.append({"metric": "trade_turnover", "reporter": facts["a"], "partner": facts["b"],
                        "period": str(facts["year"]), "value": facts["value"] * 1e6})
    return record(text, lang=LANGS[n % len(LANGS)], published=published,
                  url=f"{SITES[n % len(SITES)]}/{n}", events=events, figures=figures)


def write_corpus(folder: Path, count: int, *, seed: int = 7, per_file: int = 100) -> Path:
    """Write `count` documents as JSON Lines files (records and raw articles) and plain .txt files."""
    folder.mkdir(parents=True, exist_ok=True)
    lines: list[str] = []
    part = 0
    for i in range(count):
        doc = document(seed, i)
        if "schema" not in doc and i % 10 == 0:           # half the raw articles as plain text files
            (folder / f"article-{i:06d}.txt").write_text(doc["text"], encoding="utf-8")
            continue
        lines.append(json.dumps(doc, ensure_ascii=False))
        if len(lines) == per_file:
            (folder / f"part-{part:04d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
            lines, part = [], part + 1
    if lines:
        (folder / f"part-{part:04d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder
