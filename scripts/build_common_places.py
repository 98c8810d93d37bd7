#!/usr/bin/env python3
"""Regenerate `src/legation/data/common_places.tsv`: small places whose name is a common word.

Usage: `python scripts/build_common_places.py [--out DIR]` (default: the package's data folder).
Needs the `build` extra's wordfreq (the version is recorded in the file's first line).

A city name (one word, as the city pass folds it) is listed for a language when every GeoNames
place of that name is smaller than `SMALL_POPULATION` and the word is at least `MIN_ZIPF` frequent
in the language by wordfreq: "kamis" (Thursday) in Indonesian, "البيان" (the statement) in Arabic,
"reino" (kingdom) in Spanish. The entities stage takes such a word for a place only with a place
cue (a posting preposition before it, a dateline, its country named in the document). A real town whose name is rare as a word, and
every town of `SMALL_POPULATION` or more, and a place whose name English writes often
(`KNOWN_ZIPF`: "Davos") are not listed. The output is sorted: byte-identical on
every run with the same versions; `tests/gazetteer/test_wordfreq_tables.py` checks that.
"""

from __future__ import annotations

import argparse
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from legation import gazetteer, resources  # noqa: E402
from legation.stages._lexicons import _base_index  # noqa: E402

DEFAULT_OUT = ROOT / "src" / "legation" / "data"
NAME = "common_places.tsv"
SMALL_POPULATION = 50_000
# wordfreq's Zipf scale: 4.0 is once in 100,000 words, a word every article may hold.
MIN_ZIPF = 4.0
# A place whose (GeoNames) name is this frequent in English is known beyond its country: news
# names it as a place ("Davos", "Jenin"), whatever the word means in the language.
KNOWN_ZIPF = 3.0
# wordfreq needs MeCab to split Japanese and Korean; their cities (Han, kana, Hangul) are the
# lexicon's, which takes only big ones, not the city pass's.
SKIPPED = ("ja", "ko", "zh")


def rows() -> list[tuple[str, str]]:
    from wordfreq import available_languages, zipf_frequency

    known = set(available_languages())
    names, _, _, _ = _base_index()
    out: list[tuple[str, str]] = []
    for lang in resources.supporting("entities"):
        if lang not in known or lang in SKIPPED:
            continue
        for key, ids in names.items():
            if not key.isalpha():        # one word of letters ("s'on" is no word wordfreq knows)
                continue
            if zipf_frequency(key, lang) < MIN_ZIPF:
                continue
            cities = [gazetteer.city(g) for g in ids]
            if max(c.population for c in cities) >= SMALL_POPULATION:
                continue
            if any(zipf_frequency(c.name, "en") >= KNOWN_ZIPF for c in cities):
                continue
            out.append((lang, key))
    return sorted(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    lines = [f"# wordfreq {metadata.version('wordfreq')}; zipf >= {MIN_ZIPF}; population < {SMALL_POPULATION}; "
             "word frequencies by wordfreq (Robyn Speer; data CC BY-SA 4.0), places by GeoNames (CC BY 4.0)",
             "lang\tname"]
    lines += [f"{lang}\t{key}" for lang, key in rows()]
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / NAME).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
