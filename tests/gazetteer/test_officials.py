"""The office-holders table: regenerated from the shared source, and read by date."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from legation.gazetteer import officials

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src" / "legation" / "data"
SCRIPT = ROOT / "scripts" / "build_officials.py"
SOURCE = ROOT.parent / "shared" / "data" / "officials" / "officials.csv"
GENERATED = ("officials.tsv", "OFFICIALS.md")


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not SOURCE.is_file():
        pytest.skip(f"{SOURCE} is not present (../shared beside the project)")
    out = tmp_path_factory.mktemp("officials")
    subprocess.run([sys.executable, str(SCRIPT), "--source", str(SOURCE), "--out", str(out)],
                   check=True, capture_output=True)
    return out


@pytest.mark.parametrize("name", GENERATED)
def test_committed_table_equals_fresh_regeneration(fresh: Path, name: str) -> None:
    assert (DATA / name).read_bytes() == (fresh / name).read_bytes(), \
        f"{name} is stale: run python scripts/build_officials.py"


def test_regeneration_writes_nothing_else(fresh: Path) -> None:
    assert sorted(p.name for p in fresh.iterdir()) == sorted(GENERATED)


def test_a_full_name_in_any_script_gives_the_country() -> None:
    for name, lang in (("Sergei Lavrov", "en"), ("Sergey Lavrov", "en"), ("Сергей Лавров", "ru")):
        holder = officials.serving(name, dt.date(2020, 6, 1), lang=lang)
        assert holder is not None and holder.country == "RUS"


def test_a_surname_alone_needs_a_leader_in_office_that_day() -> None:
    leaders = officials.LEADING_OFFICES
    assert officials.serving("Merkel", dt.date(2015, 3, 1), surname_only=True, offices=leaders,
                             in_office=True).country == "DEU"
    # Out of office by then: a surname alone does not reach back.
    assert officials.serving("Merkel", dt.date(1995, 3, 1), surname_only=True, offices=leaders,
                             in_office=True) is None


def test_nobody_unknown() -> None:
    assert officials.serving("Quillimor Vandersnatch", dt.date(2020, 1, 1)) is None


FOREIGN = frozenset({"foreign_minister"})


@pytest.mark.parametrize("words", [["سيرغي", "لافروف"], ["סרגיי", "לברוב"], ["拉夫罗夫"], ["لافروف"]])
def test_a_foreign_minister_after_his_role_in_any_script(words):
    found = officials.named_after_role(words, dt.date(2025, 3, 1), country="RUS", offices=FOREIGN)
    assert found is not None and found[0].name == "Sergey Lavrov" and found[1] == len(words)


def test_the_name_ends_at_the_surname_and_the_country_may_come_from_the_table():
    found = officials.named_after_role(["سيرغي", "لافروف", "موسكو"], dt.date(2025, 3, 1), country=None,
                                       offices=FOREIGN)
    assert found is not None and (found[0].country, found[1]) == ("RUS", 2)


def test_a_surname_that_only_sounds_alike_is_not_taken():
    # Nobody of that name held the office: a short skeleton alone proves nothing.
    # (Marco Rubio, the secretary of state since 2025, is in the table now: "Marco Rossi" is nobody.)
    assert officials.named_after_role(["ماركو", "روسي"], dt.date(2025, 3, 1), country="USA",
                                      offices=FOREIGN) is None
    found = officials.named_after_role(["ماركو", "روبيو"], dt.date(2025, 3, 1), country="USA", offices=FOREIGN)
    assert found is not None and found[0].name == "Marco Rubio"
    assert officials.named_after_role(["عباس"], dt.date(2025, 3, 1), country="IRN", offices=FOREIGN) is None


def test_a_given_name_that_is_none_of_the_holders_refuses_the_holder():
    # Russia's ambassador to India in 2024 (Denis Alipov) is not in the table; a holder whose
    # surname merely sounds alike but whose given name differs is not taken for him.
    found = officials.named_after_role(["Денис", "Алипов"], dt.date(2024, 7, 8), country="RUS",
                                       offices=frozenset({"ambassador"}))
    assert found is None


@pytest.mark.parametrize("name,day,country", [
    ("Charles III", dt.date(2024, 5, 1), "GBR"),        # one crown over many realms from one day
    ("Emmanuel Macron", dt.date(2024, 5, 1), "FRA"),    # France's president is Andorra's co-prince too
])
def test_a_head_of_several_countries_serves_the_most_populous(name: str, day: dt.date, country: str) -> None:
    holder = officials.serving(name, day, offices=frozenset({"head_of_state"}))
    assert holder is not None and holder.country == country


def test_a_king_under_his_capitals_dateline_acts_for_his_kingdom() -> None:
    import legation

    doc = legation.extract("LONDON – King Charles III received President Emmanuel Macron at Windsor Castle "
                           "on Tuesday.", published="2025-07-10", lang="en")
    assert {(e.name, e.country) for e in doc.entities if e.kind == "person"} == {
        ("Charles III", "GBR"), ("Emmanuel Macron", "FRA")}
    assert {frozenset((e.source.code, e.target.code)) for e in doc.events} == {frozenset({"GBR", "FRA"})}
