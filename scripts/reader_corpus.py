"""Generate the sentence reader's labelled corpus from templates (issue 13 item 2).

Each language's templates are `scripts/reader_templates/<lang>.toml`: country forms
(one per grammatical case the templates use), officials' roles, dates, venues and
tails, then per label (`TYPE`, `TYPE.mode`, or `NONE` for hard negatives) a list
of templates with slots `{A}` (the acting side, a subject phrase) and `{B}`,
`{B_<case>}` (the other side), `{D}` (a date phrase), `{V}` (a venue), `{T}` (a tail).
Sentences are drawn with a seeded generator, so the corpus is the same on every run.

    python scripts/reader_corpus.py OUT.tsv [--per-label 150] [--langs en,ru]

Output: TSV rows `lang, label, split, sentence`; a fifth of each label's sentences
per language is `heldout`, the rest `train`.
"""

from __future__ import annotations

import argparse
import random
import tomllib
from pathlib import Path

TEMPLATES = Path(__file__).parent / "reader_templates"
SEED = 13


def _forms(country: str | dict[str, str]) -> dict[str, str]:
    return {"nom": country} if isinstance(country, str) else country


def _fill(rng: random.Random, spec: dict, template: str) -> str:
    countries = [_forms(c) for c in spec["countries"]]
    a, b = rng.sample(countries, 2)
    subject = rng.choice(spec["subjects"])
    values = {"A": subject.format(role=rng.choice(spec["roles"]), **{f"c_{k}": v for k, v in a.items()}),
              "D": rng.choice(spec["dates"]), "V": rng.choice(spec["venues"]), "T": rng.choice(spec["tails"]),
              "B": b["nom"], **{f"B_{k}": v for k, v in b.items()}, **{f"A_{k}": v for k, v in a.items()}}
    text = template.format(**values)
    text = " ".join(text.split()).replace(" ,", ",").replace(" .", ".")
    return text[0].upper() + text[1:]


def generate(langs: list[str] | None = None, per_label: int = 150) -> list[tuple[str, str, str, str]]:
    rows = []
    for path in sorted(TEMPLATES.glob("*.toml")):
        lang = path.stem
        if langs and lang not in langs:
            continue
        spec = tomllib.loads(path.read_text(encoding="utf-8"))
        for label in sorted(spec["labels"]):
            templates = spec["labels"][label]
            rng = random.Random(f"{SEED}/{lang}/{label}")
            seen: set[str] = set()
            for _ in range(per_label * 20):
                if len(seen) >= per_label:
                    break
                seen.add(_fill(rng, spec, rng.choice(templates)))
            ordered = sorted(seen)
            rng.shuffle(ordered)
            cut = len(ordered) // 5
            rows += [(lang, label, "heldout" if i < cut else "train", s) for i, s in enumerate(ordered)]
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--per-label", type=int, default=150)
    parser.add_argument("--langs", default="")
    args = parser.parse_args()
    rows = generate([x for x in args.langs.split(",") if x] or None, args.per_label)
    args.out.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} sentences -> {args.out}")


if __name__ == "__main__":
    main()
