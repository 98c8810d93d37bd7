"""A generated benchmark corpus: news articles in many languages, from templates.

Every article is made from `resources/<lang>/corpus.toml` (the sentences live
there, never here): a headline, a dateline, four to eight paragraphs about two
countries' officials meeting, and scraper boilerplate lines before and after.
Some articles carry trade figures whose parts add up to the total, and a few of
those are deliberately wrong, as real copy sometimes is.

Document `i` of seed `s` depends on (s, i) alone, so a corpus is reproducible,
streams (nothing is held but the current article), and any slice of it can be
made independently.
"""

from __future__ import annotations

import datetime
import json
import random
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .. import resources

# Every language with templates (resources/<lang>/corpus.toml): adding one needs no code.
LANGS = tuple(lang for lang in resources.languages() if resources.load(lang, "corpus"))
MIN_BYTES = 1000
MAX_BYTES = 4000
# Publication dates are drawn from this span (and trade figures refer to the year before).
FIRST_DAY = datetime.date(2019, 1, 1)
SPAN_DAYS = 7 * 365
# Share of articles with a trade paragraph, and of those whose total is wrong.
TRADE_SHARE = 0.6
CORRUPT_SHARE = 0.15
URL_BASE = "https://bench.legation.invalid"


class Slot(dict[str, str]):
    """A slot filler with several written forms: `{a}` is its first form, `{a.gen}` a named one."""

    def __getattr__(self, form: str) -> str:
        try:
            return self[form]
        except KeyError:
            raise AttributeError(form) from None

    def __format__(self, spec: str) -> str:
        return format(next(iter(self.values())), spec)

    __str__ = __format__  # type: ignore[assignment]


@dataclass(frozen=True)
class Templates:
    """One language's parsed corpus.toml."""

    lang: str
    fmt: dict[str, Any]
    countries: tuple[Slot, ...]
    roles: tuple[Slot, ...]
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    agencies: tuple[str, ...]
    text: dict[str, tuple[str, ...]]


_PARTS = ("headlines", "leads", "body", "quotes", "trade", "trade_years", "closings", "before", "after")


@cache
def templates(lang: str) -> Templates:
    """The corpus templates of `lang`; ValueError when the language has none."""
    data = resources.load(lang, "corpus")
    if not data:
        raise ValueError(f"no corpus templates for language {lang!r}")

    def country(entry: dict[str, str]) -> Slot:
        slot = Slot(entry)
        slot.setdefault("CITY", slot["city"].upper())
        return slot

    lists = data["slots"]
    return Templates(
        lang=lang,
        fmt=data["format"],
        countries=tuple(country(c) for c in data["countries"]),
        roles=tuple(Slot(r) for r in data["roles"]),
        first_names=tuple(lists["first_names"]),
        last_names=tuple(lists["last_names"]),
        agencies=tuple(lists["agencies"]),
        text={part: tuple(data["text"][part]) for part in _PARTS},
    )


def available_languages() -> tuple[str, ...]:
    """Languages that have corpus templates."""
    return tuple(lang for lang in resources.languages() if resources.load(lang, "corpus"))


def _number(tenths: int, decimal: str) -> str:
    whole, frac = divmod(tenths, 10)
    return f"{whole}{decimal}{frac}"


def _capital(s: str) -> str:
    # Only the first letter: the rest of a template is already written as it should read.
    return s[:1].upper() + s[1:]


def _figures(rng: random.Random, fmt: dict[str, Any]) -> dict[str, str]:
    """Turnover, exports and imports in one scale, exact in tenths; sometimes a wrong total."""
    scale = "money_billion" if rng.random() < 0.3 else "money_million"
    total = rng.randint(12, 300) if scale == "money_billion" else rng.randint(500, 9999)
    exports = rng.randint(total // 5, total * 4 // 5)
    imports = total - exports
    shown = total
    if rng.random() < CORRUPT_SHARE:
        shown = total + rng.choice((-1, 1)) * rng.randint(max(2, total // 20), max(3, total // 4))
    dec = fmt["decimal"]

    def money(tenths: int) -> str:
        return str(fmt[scale].format(value=_number(tenths, dec)))

    growth = rng.randint(5, 450)
    # The year before's turnover, for the templates that state two years (`trade_years`).
    base = round(total * 1000 / (1000 + growth))
    return {"turnover": money(shown), "exports": money(exports), "imports": money(imports),
            "growth": _number(growth, dec), "base": money(base)}


def slots(t: Templates, rng: random.Random, published: datetime.date,
          pair: tuple[Slot, Slot] | None = None) -> dict[str, Any]:
    """The slot fillers of one article: host and guest country (`pair`, or drawn), people, dates, figures."""
    a, b = pair or rng.sample(t.countries, 2)
    r1, r2 = rng.sample(t.roles, 2)
    people = [Slot(full=f"{first} {last}", last=last)
              for first, last in zip(rng.sample(t.first_names, 2), rng.sample(t.last_names, 2))]
    met = published - datetime.timedelta(days=rng.randint(0, 2))
    fmt = t.fmt
    months = fmt["months"]
    day_slots = {"day": met.day, "month": months[met.month - 1],
                 "month_in": fmt.get("months_in", months)[met.month - 1]}
    year = published.year - 1
    suffixes = fmt.get("ordinal_suffixes")   # written ordinals, by last digit (az: 3-cü)
    rnd = rng.randint(2, 9)
    filled: dict[str, Any] = {
        "a": a, "b": b, "r1": r1, "r2": r2, "p1": people[0], "p2": people[1],
        "agency": rng.choice(t.agencies), "date": fmt["date"].format(**day_slots),
        "year": year, "year_ord": f"{year}{suffixes[year % 10]}" if suffixes else str(year),
        "base_year": year - 1,
        "base_year_ord": f"{year - 1}{suffixes[(year - 1) % 10]}" if suffixes else str(year - 1),
        "round": rnd, "round_ord": f"{rnd}{suffixes[rnd % 10]}" if suffixes else str(rnd),
        **_figures(rng, fmt),
    }
    filled["dateline"] = fmt["dateline"].format(CITY=a.CITY, city=a.city, agency=filled["agency"],
                                                **day_slots)
    return filled


def _article(t: Templates, rng: random.Random, published: datetime.date) -> str:
    filled = slots(t, rng, published)

    def fill(template: str) -> str:
        return _capital(template.format_map(filled))

    def lead(template: str) -> str:
        # The dateline opens the lead; the sentence after it starts with a capital.
        rest = template.removeprefix("{dateline}")
        return f"{filled['dateline']} {fill(rest.lstrip())}" if rest != template else fill(template)

    text = t.text
    body = [lead(rng.choice(text["leads"]))]
    middle = rng.sample(text["body"], k=min(len(text["body"]), rng.randint(3, 6)))
    if rng.random() < 0.7:
        middle.insert(rng.randint(0, len(middle)), rng.choice(text["quotes"]))
    if rng.random() < TRADE_SHARE:
        middle.insert(rng.randint(0, len(middle)), rng.choice(text["trade"]))
    body += [fill(p) for p in middle]
    if rng.random() < 0.8:
        body.append(fill(rng.choice(text["closings"])))
    before = [fill(x) for x in rng.sample(text["before"], k=rng.randint(0, min(3, len(text["before"]))))]
    after = [fill(x) for x in rng.sample(text["after"], k=rng.randint(1, min(4, len(text["after"]))))]
    head = fill(rng.choice(text["headlines"]))

    def assemble() -> str:
        return "\n\n".join([*before, head, *body, *after]) + "\n"

    article = assemble()
    # Keep to a news item's length: grow from unused body paragraphs, trim from the end.
    spare = [p for p in text["body"] if p not in middle]
    rng.shuffle(spare)
    while len(article.encode("utf-8")) < MIN_BYTES and spare:
        body.insert(len(body) - 1, fill(spare.pop()))
        article = assemble()
    while len(article.encode("utf-8")) > MAX_BYTES and len(body) > 2:
        body.pop(-2)
        article = assemble()
    while len(article.encode("utf-8")) > MAX_BYTES and len(after) > 1:
        after.pop()
        article = assemble()
    return article


def document(i: int, seed: int = 0, langs: Sequence[str] = LANGS) -> dict[str, str]:
    """Article `i` of the corpus of `seed`: `text`, `published` (ISO date), `url` and `lang`."""
    lang = langs[i % len(langs)]
    rng = random.Random(f"legation-bench:{seed}:{i}")
    published = FIRST_DAY + datetime.timedelta(days=rng.randrange(SPAN_DAYS))
    text = _article(templates(lang), rng, published)
    url = f"{URL_BASE}/{lang}/{published:%Y/%m/%d}/{seed}-{i}"
    return {"text": text, "published": published.isoformat(), "url": url, "lang": lang}


def generate(n: int, seed: int = 0, langs: Iterable[str] | None = None) -> Iterator[dict[str, str]]:
    """Stream `n` articles, languages taken in turn; the same (n, seed, langs) gives the same corpus.

    Raises:
        ValueError: a language without corpus templates.
    """
    chosen = tuple(langs) if langs else LANGS
    for lang in chosen:
        templates(lang)   # fail before the first article, not in the middle of a stream
    for i in range(n):
        yield document(i, seed, chosen)


def write_corpus(folder: str | Path, n: int, *, seed: int = 0, langs: Iterable[str] | None = None,
                 fmt: str = "txt") -> Path:
    """Write a corpus to `folder`: one `.txt` file per article, or one `corpus.jsonl`.

    Returns:
        The folder (txt) or the JSONL file written.
    """
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    items = generate(n, seed, langs)
    if fmt == "jsonl":
        path = out / "corpus.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for item in items:
                fh.write(json.dumps(item, ensure_ascii=False) + "\n")
        return path
    if fmt != "txt":
        raise ValueError(f"unknown corpus format {fmt!r} (txt or jsonl)")
    width = max(6, len(str(n)))
    for i, item in enumerate(items):
        (out / f"{i:0{width}d}.{item['lang']}.txt").write_text(item["text"], encoding="utf-8")
    return out
