#!/usr/bin/env python3
"""Regenerate `src/legation/data/common_words.tsv`: common words of the languages written without vowels.

Usage: `python scripts/build_common_words.py [--out DIR]` (default: the package's data folder).
Needs the `build` extra's wordfreq (the version is recorded in the file's first line).

Persian, Arabic and Hebrew write neither capitals nor (most) vowels: a verb phrase after a title
("... مورد بررسی قرار گرفت") reads like a name. A word is listed for a language when it is at
least `MIN_ZIPF` frequent in it by wordfreq, folded as the officials stage folds a candidate;
stages/_common_words.py takes a candidate name made only of listed words, which the
office-holders table does not know, for no name. The output is sorted: byte-identical on every
run with the same versions; `tests/gazetteer/test_wordfreq_tables.py` checks that.
"""

from __future__ import annotations

import argparse
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from legation.text.fold import fold  # noqa: E402

DEFAULT_OUT = ROOT / "src" / "legation" / "data"
NAME = "common_words.tsv"
LANGUAGES = ("ar", "fa", "he")
# wordfreq's Zipf scale: 4.5 is about three times in 100,000 words; a name as frequent is a leader's
# the office-holders table knows, or holds a given name it knows.
MIN_ZIPF = 4.5
_TOP = 100_000


def rows() -> list[tuple[str, str]]:
    from wordfreq import top_n_list, zipf_frequency

    out: set[tuple[str, str]] = set()
    for lang in LANGUAGES:
        for word in top_n_list(lang, _TOP):
            if zipf_frequency(word, lang) < MIN_ZIPF:
                break
            key = fold(word)
            if key.isalpha() and len(key) > 1 and not key.isascii():    # (Latin words are quotes)
                out.add((lang, key))
    return sorted(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    lines = [f"# wordfreq {metadata.version('wordfreq')}; zipf >= {MIN_ZIPF}; "
             "word frequencies by wordfreq (Robyn Speer; data CC BY-SA 4.0)",
             "lang\tword"]
    lines += [f"{lang}\t{key}" for lang, key in rows()]
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / NAME).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
