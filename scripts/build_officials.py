#!/usr/bin/env python3
"""Regenerate `src/legation/data/officials.tsv` (office holders) from the shared officials table.

Usage: `python scripts/build_officials.py [--source CSV] [--out DIR]`; the source defaults to
`../shared/data/officials/officials.csv` (see its README: who served which country, in which
office, when). The output is sorted, so the same source gives the same bytes; `tests/gazetteer`
checks that.

Files written:
- `officials.tsv`   name, keys, country, terms, skeletons: one row per person and country served. `keys` are
                    the name and its variants (other spellings and scripts) as `name_key` folds
                    them, "|"-joined; the Latin `name` is what a person is shown under; `terms`
                    are "office start end" (an open end is "-"), ";"-joined, oldest first;
                    `surname_skeletons` and `given_skeletons` are the name's consonant skeletons
                    (`legation.gazetteer.officials.holder_skeletons`), so that no process has
                    to compute them for the whole table. Editing the `skeleton` rules of
                    `_all/name_variants.toml` means regenerating.
- `OFFICIALS.md`    sources, licences and how the table was made.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from legation.gazetteer.officials import holder_skeletons  # noqa: E402
from legation.resources import languages  # noqa: E402
from legation.text.names import name_key  # noqa: E402

DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "officials" / "officials.csv"
DEFAULT_OUT = ROOT / "src" / "legation" / "data"
# Terms the shared table lacks or misfiles (Xi Jinping as head of state, ministers since 2022,
# heads of international organisations, whose "country" is the organisation's code), from the
# public record; same columns as the shared table.
CURATED = ROOT / "scripts" / "officials_curated.csv"
HEADER = ("name", "keys", "country", "terms", "surname_skeletons", "given_skeletons")
OPEN = "-"

NOTES = """# Office holders (`officials.tsv`)

Who served which country, in which office, and when: {terms:,} terms of office of
{people:,} people in {countries} countries, made by `scripts/build_officials.py` from the
office-holders table of this project's shared data (`officials.csv`, {source_rows:,} rows).
legation uses it to tell which country a person serves when an article names the person
without a country ("Lavrov said", "President Bush"), picking the holder in office on the
article's publication date. A role or country the article states wins over the table.

Names are folded as `legation.text.names.name_key` folds them (romanised, lower case,
without diacritics); every spelling and script the source gives is indexed. Offices:
head_of_state, head_of_government, foreign_minister, deputy_foreign_minister,
trade_minister, economy_minister, defence_minister, ambassador (of the sending state),
other_minister, other. Dates are YYYY-MM-DD or YYYY; an empty end is open as of the source.

## Sources and licences

| source | what | licence |
|---|---|---|
| every-politician-scrapers (per-country repositories, Wikidata extracts, snapshots 2022-07 to 2023-01) | heads of state and government, ministers, some deputy ministers and ambassadors, with dates | Wikidata data, CC0 |
| philip-schrodt/CountryInfo-1, `CountryInfo.140728.txt` (Open Event Data Alliance) | heads of state and government 1945-2014 (from rulers.org); CIA World Leaders cabinets 2003-2011 | MIT |
| cfmessias/geografia, `data/leaders_history.csv` | Wikidata heads of state and government to 2025-10 | Wikidata query result, CC0 |
| WilliamRADFunk/cia-world-leaders | CIA World Leaders snapshot, 2019-10 | US government work, public domain |

Known gaps (from the source): ministers after mid-2022 are missing and open terms after
2022 may be stale; about 40 countries have ministers only from the 2003-2011 and 2019 CIA
lists; terms ending before 1990 are not in the table.

Curated additions (`scripts/officials_curated.csv`, {curated_rows} rows, from the public record):
terms the source lacks or files under another office (Xi Jinping as head of state since 2013,
foreign ministers appointed after mid-2022), and heads of international organisations (office
`head_of_organisation`, the organisation's code as the country: IMF, UN, NATO, EC, EUCO, WB, ASEAN, GCC, LAS).
"""


def build(source: Path, out: Path, curated: Path = CURATED) -> None:
    with source.open(encoding="utf-8", newline="") as fh:
        records = list(csv.DictReader(fh))
    source_rows = len(records)
    with curated.open(encoding="utf-8", newline="") as fh:
        extra = list(csv.DictReader(fh))
    curated_names = {rec["name"].strip() for rec in extra}
    records += extra
    people: dict[tuple[str, str], tuple[set[str], set[tuple[str, str, str]]]] = {}
    for rec in records:
        name, country = rec["name"].strip(), rec["country"].strip().upper()
        spellings = [name] + [v for v in (rec.get("variants") or "").split("|") if v.strip()]
        keys = {k for k in (name_key(s) for s in spellings) if k}
        if name in curated_names:
            # A curated variant in a script a language romanises its own way (Greek, Ukrainian
            # Cyrillic) is keyed as each language's text folds it, so an article's spelling finds it.
            keys |= {k for s in spellings[1:] for k in (name_key(s, lang) for lang in languages()) if k and k.isascii()}
        if not name or not country or not keys:
            continue
        known, terms = people.setdefault((name, country), (set(), set()))
        known |= keys
        terms.add((rec["start"].strip(), rec["end"].strip() or OPEN, rec["office"].strip()))
    rows = []
    for (name, country), (keys, terms) in people.items():
        spans = ";".join(f"{office} {start} {end}" for start, end, office in sorted(terms))
        rows.append((name, "|".join(sorted(keys)), country, spans, *holder_skeletons(name)))
    rows.sort(key=lambda r: (r[1], r[2], r[0]))
    out.mkdir(parents=True, exist_ok=True)
    lines = ["\t".join(HEADER)] + ["\t".join(r) for r in rows]
    (out / "officials.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    notes = NOTES.format(terms=sum(len(t) for _, t in people.values()), people=len(rows),
                         countries=len({r[2] for r in rows}), source_rows=source_rows,
                         curated_rows=len(extra))
    (out / "OFFICIALS.md").write_text(notes, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    build(args.source, args.out)


if __name__ == "__main__":
    main()
