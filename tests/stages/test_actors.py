"""Actors beyond states: sectors, domestic events kept apart, as a user sees them in records and the store.

Sentences written for these tests.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import legation
from legation import Store
from legation.store.ingest import ingest


def _events(text: str, lang: str) -> list[tuple[str, str, str | None, str, str | None, bool]]:
    doc = legation.extract(text, published="2024-03-05", lang=lang)
    return [(e.type, e.source.code, e.source.sector, e.target.code, e.target.sector, e.domestic)
            for e in doc.events]


@pytest.mark.parametrize("lang, text, source, target", [
    ("en", "Georgian police detained opposition activists outside parliament on Monday.", "COP", "OPP"),
    ("en", "Turkish police detained journalists in Istanbul on Monday.", "COP", "MED"),
    ("ru", "Полиция Грузии задержала оппозиционеров в Тбилиси в понедельник.", "COP", "OPP"),
    ("de", "Die türkische Polizei nahm am Montag Demonstranten in Istanbul fest.", "COP", "CVL"),
    ("fr", "La police française a arrêté des manifestants à Paris lundi.", "COP", "CVL"),
    ("es", "La policía chilena detuvo a manifestantes en Santiago el lunes.", "COP", "CVL"),
    ("it", "La polizia italiana ha arrestato alcuni manifestanti a Roma lunedì.", "COP", "CVL"),
    ("uk", "Поліція Грузії затримала опозиціонерів у Тбілісі в понеділок.", "COP", "OPP"),
    ("tr", "Gürcistan polisi pazartesi günü Tiflis'te muhalifleri gözaltına aldı.", "COP", "OPP"),
    ("ru", "Армия Мали атаковала повстанцев на севере страны в воскресенье.", "MIL", "REB"),
])
def test_a_domestic_event_is_coded_with_its_sectors(lang: str, text: str, source: str, target: str) -> None:
    found = _events(text, lang)
    assert len(found) == 1
    _, src, src_sector, tgt, tgt_sector, domestic = found[0]
    assert src == tgt and domestic
    assert (src_sector, tgt_sector) == (source, target)


def test_a_sector_word_without_a_country_takes_the_sentence_country() -> None:
    assert _events("The army attacked rebels in the north of Mali on Sunday.", "en") == [
        ("ASSAULT", "MLI", "MIL", "MLI", "REB", True)]


def test_a_state_organ_acts_for_its_country_in_an_international_event() -> None:
    # "Russian troops" is Russia (its military), not a side apart from it.
    assert _events("Russian troops shelled Ukrainian villages near Kharkiv on Monday.", "en") == [
        ("ASSAULT", "RUS", "MIL", "UKR", None, False)]


def test_a_word_that_names_a_side_is_no_act() -> None:
    # "demonstrators" is who was detained, not a protest by the police.
    types = [t for t, *_ in _events("Die türkische Polizei nahm am Montag Demonstranten in Istanbul fest.", "de")]
    assert "PROTEST" not in types


def test_the_record_says_domestic_and_the_sectors() -> None:
    record = legation.extract("Turkish police detained journalists in Istanbul on Monday.",
                              published="2024-03-05", lang="en").to_dict()
    event = record["events"][0]
    assert event["domestic"] is True
    assert event["source"]["sector"] == "COP" and event["target"]["sector"] == "MED"
    assert legation.Document.from_dict(record).events[0].domestic is True


ARTICLES = {
    "domestic.txt": "Georgian police detained opposition activists outside parliament on Monday.\n",
    "army.txt": "The army attacked rebels in the north of Mali on Sunday.\n",
    "international.txt": "Poland accused Belarus of pushing migrants over the border on Monday.\n",
}


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "news.duckdb"
    with Store(db) as store:
        ingest(store, [str(folder)], published="2024-03-05")
    return db


def test_pair_views_show_international_events_unless_asked(store_path: Path) -> None:
    with Store(store_path, read_only=True) as store:
        international = store.events()
        domestic = store.events(domestic=True)
        assert [(r["type"], r["source"], r["target"]) for r in international] == [("ACCUSE", "POL", "BLR")]
        assert {(r["source"], r["source_sector"], r["target"], r["target_sector"]) for r in domestic} == {
            ("GEO", "COP", "GEO", "OPP"), ("MLI", "MIL", "MLI", "REB")}
        assert store.pair("GEO", "GEO")["events_by_month"] == []
        assert store.pair("GEO", "GEO", domestic=True)["events_by_month"][0]["type"] == "COERCE"


def test_cli_events_domestic(store_path: Path) -> None:
    res = subprocess.run([sys.executable, "-m", "legation", "events", "--db", str(store_path), "--domestic",
                          "--format", "json"], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    rows = json.loads(res.stdout)
    assert sorted(r["source"] for r in rows) == ["GEO", "MLI"]
    res = subprocess.run([sys.executable, "-m", "legation", "events", "--db", str(store_path), "--format", "json"],
                         capture_output=True, text=True, timeout=120)
    assert [r["source"] for r in json.loads(res.stdout)] == ["POL"]


def _people(text: str, published: str | None) -> list[tuple[str, str | None, str | None]]:
    doc = legation.extract(text, published=published, lang="en")
    return [(e.name, e.role, e.country) for e in doc.entities if e.kind == "person"]


def test_a_leader_named_by_surname_acts_for_the_country_served_that_day() -> None:
    doc = legation.extract("Lavrov accused Estonia of hostile acts on Tuesday.", published="2024-10-24", lang="en")
    assert [(e.name, e.country) for e in doc.entities if e.kind == "person"] == [("Sergey Lavrov", "RUS")]
    assert [(e.type, e.source.code, e.source.sector, e.target.code) for e in doc.events] == [
        ("ACCUSE", "RUS", "GOV", "EST")]


def test_without_a_date_a_surname_alone_is_nobody() -> None:
    assert _people("Lavrov accused Estonia of hostile acts on Tuesday.", None) == []


def test_a_role_and_a_surname_resolve_through_the_table() -> None:
    assert _people("Chancellor Merkel praised France for its help on Monday.", "2015-03-04") == [
        ("Angela Merkel", "chancellor", "DEU")]


def test_a_full_name_without_a_role_resolves_through_the_table() -> None:
    assert _people("Annalena Baerbock condemned Russia on Monday.", "2023-03-07") == [
        ("Annalena Baerbock", None, "DEU")]


def test_a_place_or_a_dateline_in_capitals_is_no_surname() -> None:
    assert _people("LIMA - Officials met in Lima on Monday.", "2025-05-09") == []


def test_organisations_and_armed_groups_act() -> None:
    # A non-governmental organisation keeps its own code; an armed group is a side of its country.
    assert _events("Amnesty International accused Egypt of torturing detainees.", "en") == [
        ("ACCUSE", "AMNESTY", "NGO", "EGY", None, False)]
    assert _events("Israeli troops attacked Hamas in Gaza on Monday.", "en") == [
        ("ASSAULT", "ISR", "MIL", "PSE", "REB", False)]


def test_a_capital_opening_a_sentence_speaks_for_its_government() -> None:
    assert _events("Washington demanded that Tehran release the sailors.", "en") == [
        ("REQUEST", "USA", "GOV", "IRN", "GOV", False)]


def test_who_reports_a_deed_did_not_do_it() -> None:
    found = _events("Two planes carrying Turkish relief supplies landed in Benghazi on Friday, "
                    "Libyan officials said.", "en")
    assert ("AID", "TUR", None, "LBY", "GOV", False) in found


def test_a_group_s_own_people_are_the_group() -> None:
    assert _events("Taliban officials accused Pakistan of shelling border villages.", "en") == [
        ("ACCUSE", "AFG", "REB", "PAK", None, False)]
