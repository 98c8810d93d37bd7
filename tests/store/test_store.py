"""The store on real DuckDB files: merging across documents, conflicts, idempotency, rejects, queries."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import duckdb
import pytest

from legation import Store
from legation.store import Outcome
from legation.store.ingest import ingest

from .conftest import record

# Three reports, written for these tests, of one meeting: Uzbek and Georgian deputy foreign
# ministers in Tbilisi. Each outlet's own side is the source, and the dates disagree by a day
# (the Russian-language report dates it by Moscow time, after midnight).
AZ_TEXT = ("Tbilisidə Özbəkistan və Gürcüstan xarici işlər nazirlərinin müavinləri siyasi "
           "məsləhətləşmələr keçirib.\nTərəflər nəqliyyat dəhlizlərini müzakirə ediblər.")
RU_TEXT = ("В Тбилиси заместители министров иностранных дел Грузии и Узбекистана провели "
           "политические консультации.\nСтороны обсудили транзитные коридоры.")
EN_TEXT = ("Deputy foreign ministers of Uzbekistan and Georgia held political consultations in "
           "Tbilisi on Tuesday.\nTransit corridors were on the agenda.")

MEETING = [
    record(AZ_TEXT, lang="az", published="2025-03-12", url="https://az.example.org/news/1",
           events=[{"type": "CONSULT", "source": "UZB", "target": "GEO", "date": "2025-03-11",
                    "place": ("Tbilisi", "GEO"), "mode": "visit"}],
           people=[("Özbəkistan", "deputy foreign minister", "UZB")]),
    record(RU_TEXT, lang="ru", published="2025-03-12", url="https://ru.example.net/a/2",
           events=[{"type": "CONSULT", "source": "GEO", "target": "UZB", "date": "2025-03-12",
                    "place": None}]),
    record(EN_TEXT, lang="en", published="2025-03-13", url="https://www.en.example.com/x",
           events=[{"type": "CONSULT", "source": "UZB", "target": "GEO", "date": "2025-03",
                    "precision": "month", "place": ("Tbilisi", "GEO")}]),
]


def _store_all(db: Path, records: list[dict]) -> None:
    with Store(db) as store:
        for rec in records:
            store.add(rec)


def test_one_meeting_in_three_languages_is_one_event_with_three_sources(db_path: Path) -> None:
    _store_all(db_path, MEETING)
    with Store(db_path, read_only=True) as store:
        events = store.events()
        assert len(events) == 1
        ev = events[0]
        assert (ev["type"], ev["mentions"], ev["documents"], ev["sources"]) == ("CONSULT", 3, 3, 3)
        assert ev["languages"] == "az,en,ru"
        assert {ev["source"], ev["target"]} == {"UZB", "GEO"}
        assert ev["place"] == "Tbilisi"
        assert str(ev["first_report"]) == "2025-03-12" and str(ev["last_report"]) == "2025-03-13"
        # Its reports stay linked to their documents and the words they rest on.
        reports = store.reports(ev["id"])
        assert sorted(r["lang"] for r in reports) == ["az", "en", "ru"]
        by_lang = {r["lang"]: r["evidence"] for r in reports}
        assert by_lang["ru"] == RU_TEXT.split("\n")[0]
        # Filters find it from either direction, by type, language and date.
        assert store.events(pair="GEO-UZB") == events == store.events(pair="UZB-GEO", type="consult")
        assert store.events(lang="ru") == events and store.events(lang="de") == []
        assert store.events(since="2025-03-12", until="2025-03-31") == events
        assert store.events(since="2025-04-01") == []


def test_merge_does_not_depend_on_ingest_order(tmp_path: Path) -> None:
    extra = record("A second, unrelated meeting of the two ministers a week later.", lang="en",
                   published="2025-03-20", events=[{"type": "CONSULT", "source": "GEO", "target": "UZB",
                                                    "date": "2025-03-19"}])
    results = []
    for n, order in enumerate(itertools.permutations([*MEETING, extra])):
        if n % 5:                     # a spread of the 24 orders is enough
            continue
        db = tmp_path / f"order{n}.duckdb"
        _store_all(db, list(order))
        with Store(db, read_only=True) as store:
            results.append(store.events())
    assert len(results[0]) == 2
    assert all(r == results[0] for r in results)


def test_different_days_types_or_places_stay_apart(db_path: Path) -> None:
    base = {"type": "CONSULT", "source": "UZB", "target": "GEO"}
    recs = [
        record("one", lang="en", events=[{**base, "date": "2025-03-11", "place": ("Tbilisi", "GEO")}]),
        record("two days later", lang="en", events=[{**base, "date": "2025-03-13"}]),
        record("elsewhere the same day", lang="en",
               events=[{**base, "date": "2025-03-11", "place": ("Tashkent", "UZB")}]),
        record("an accusation, not a meeting", lang="en",
               events=[{**base, "type": "ACCUSE", "date": "2025-03-11"}]),
        record("accused the other way round", lang="en",
               events=[{"type": "ACCUSE", "source": "GEO", "target": "UZB", "date": "2025-03-11"}]),
    ]
    _store_all(db_path, recs)
    with Store(db_path, read_only=True) as store:
        assert len(store.events()) == 5
        assert len(store.events(type="ACCUSE", pair="UZB-GEO")) == 2


def test_different_turnover_for_one_pair_and_year_is_one_conflict_naming_both(db_path: Path) -> None:
    a = record("Turnover between the two countries reached 1.2 billion dollars last year.", lang="en",
               figures=[{"metric": "trade_turnover", "reporter": "UZB", "partner": "GEO",
                         "period": "2024", "value": 1.2e9}])
    b = record("Товарооборот между странами в прошлом году составил 950 миллионов долларов.", lang="ru",
               figures=[{"metric": "trade_turnover", "reporter": "GEO", "partner": "UZB",
                         "period": "2024", "value": 9.5e8}])
    # Agrees with `a` within rounding, so it sides with `a` in the same one flag.
    c = record("Trade came to about 1.23 billion dollars.", lang="en",
               figures=[{"metric": "trade_turnover", "reporter": "UZB", "partner": "GEO",
                         "period": "2024", "value": 1.23e9}])
    _store_all(db_path, [a, b])
    with Store(db_path) as store:
        conflicts = store.conflicts()
        assert len(conflicts) == 1
        assert sorted(conflicts[0]["documents"]) == sorted([a["id"], b["id"]])
        assert conflicts[0]["kind"] == "conflict"
        flagged = {f["document"]: f["flags"] for f in store.figures(pair="GEO-UZB")}
        assert flagged == {a["id"]: "conflict", b["id"]: "conflict"}
        store.add(c)
        assert len(store.conflicts()) == 1
        assert sorted(store.conflicts()[0]["documents"]) == sorted([a["id"], b["id"], c["id"]])
        assert "1,200.0 M USD in " in store.conflicts()[0]["message"]


def test_agreeing_figures_and_other_years_raise_nothing(db_path: Path) -> None:
    recs = [record(f"text {i}", lang="en", figures=[fig]) for i, fig in enumerate([
        {"metric": "trade_turnover", "reporter": "UZB", "partner": "GEO", "period": "2024", "value": 523.7e6},
        {"metric": "trade_turnover", "reporter": "GEO", "partner": "UZB", "period": "2024", "value": 524e6},
        {"metric": "trade_turnover", "reporter": "UZB", "partner": "GEO", "period": "2023", "value": 300e6},
        {"metric": "exports", "reporter": "UZB", "partner": "GEO", "period": "2024", "value": 100e6},
        {"metric": "exports", "reporter": "GEO", "partner": "UZB", "period": "2024", "value": 200e6},
    ])]
    _store_all(db_path, recs)
    with Store(db_path, read_only=True) as store:
        assert store.conflicts() == []


def test_same_body_twice_is_stored_once(db_path: Path) -> None:
    with Store(db_path) as store:
        first = store.add(MEETING[0])
        again = store.add(MEETING[0])
        assert (first.ingested, again.ingested, again.present) == (1, 0, 1)
        assert store.stats()["documents"] == 1
        assert store.events()[0]["mentions"] == 1


def test_rejects_are_stored_and_the_batch_goes_on(db_path: Path) -> None:
    with Store(db_path) as store:
        result = store.write_batch([
            Outcome("k1", "good.json", record=MEETING[0]),
            Outcome("k2", "empty.txt", reason="empty"),
            Outcome("k3", "other.json", record=MEETING[1]),
        ])
        assert (result.ingested, result.rejected) == (2, [("empty.txt", "empty")])
        assert [(r["input"], r["reason"]) for r in store.rejects()] == [("empty.txt", "empty")]


def test_ingest_reads_folders_json_and_jsonl_and_records_bad_inputs(tmp_path: Path, db_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "deep").mkdir(parents=True)
    (folder / "en.txt").write_text(EN_TEXT + "\nMore about corridors and ports followed.", encoding="utf-8")
    (folder / "deep" / "empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "deep" / "binary.html").write_bytes(b"\x00\x01\x02" * 50)
    (folder / "notes.md").write_text("not an input", encoding="utf-8")
    lines = [json.dumps({"text": RU_TEXT, "published": "2025-03-12", "url": "https://ru.example.net/a/2"},
                        ensure_ascii=False),
             "{not json",
             json.dumps({"title": "no body"}),
             json.dumps(MEETING[0], ensure_ascii=False)]     # an already extracted record
    (folder / "batch.jsonl").write_text("\n".join(lines), encoding="utf-8")
    with Store(db_path) as store:
        summary = ingest(store, [str(folder)])
        assert (summary.ingested, summary.rejected) == (3, 4)
        rejected = {r["input"]: r["reason"] for r in store.rejects()}
        assert set(rejected) == {str(folder / "deep" / "empty.txt"), str(folder / "deep" / "binary.html"),
                                 f"{folder / 'batch.jsonl'}:2", f"{folder / 'batch.jsonl'}:3"}
        assert "empty" in rejected[str(folder / "deep" / "empty.txt")]
        docs = {d["lang"]: d for d in store.sql("SELECT lang, published, url FROM documents")}
        assert str(docs["ru"]["published"]) == "2025-03-12"
        # Running again adds nothing and reports the same rejects.
        again = ingest(store, [str(folder)])
        assert (again.ingested, again.present, again.rejected) == (0, 3, 4)
        assert store.stats()["documents"] == 3 and len(store.rejects()) == 4


def test_published_default_only_fills_inputs_without_a_date(tmp_path: Path, db_path: Path) -> None:
    (tmp_path / "a.txt").write_text(EN_TEXT, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": RU_TEXT, "published": "2025-03-12"}), encoding="utf-8")
    with Store(db_path) as store:
        ingest(store, [str(tmp_path / "*.*")], published="2025-01-01")
        got = sorted(str(r["published"]) for r in store.sql("SELECT published FROM documents"))
    assert got == ["2025-01-01", "2025-03-12"]


def test_gold_and_example_twice_give_the_same_row_counts(gold_dev: Path, example_path: Path,
                                                         db_path: Path) -> None:
    tables = ("documents", "entities", "mentions", "events", "event_mentions", "figures", "flags",
              "happenings", "happening_reports", "figure_conflicts", "rejects", "inputs")

    def counts() -> dict[str, int]:
        with Store(db_path, read_only=True) as store:
            return {t: store.sql(f"SELECT count(*) AS n FROM {t}")[0]["n"] for t in tables}

    with Store(db_path) as store:
        first = ingest(store, [str(gold_dev), str(example_path)])
    once = counts()
    with Store(db_path) as store:
        second = ingest(store, [str(gold_dev), str(example_path)])
    assert first.ingested == once["documents"] == len(list(gold_dev.glob("*.json"))) + 1
    assert (second.ingested, second.present) == (0, first.ingested)
    assert counts() == once


def test_export_parquet_is_partitioned_by_month_and_readable(tmp_path: Path, db_path: Path) -> None:
    _store_all(db_path, MEETING)
    out = tmp_path / "out"
    with Store(db_path, read_only=True) as store:
        written = store.export("parquet", out)
    assert set(written) == {"events", "mentions", "figures", "flags"}
    assert (out / "events" / "month=2025-03").is_dir()
    con = duckdb.connect()
    n = con.execute(f"SELECT count(*), any_value(n_sources) FROM read_parquet('{out}/events/*/*.parquet', "
                    "hive_partitioning = true)").fetchone()
    assert n == (1, 3)
    pd = pytest.importorskip("pandas")
    mentions = pd.read_parquet(out / "mentions")
    assert len(mentions) == 3 and mentions["happening_id"].nunique() == 1


def test_dataframes_and_schema_version(db_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    _store_all(db_path, MEETING)
    with Store(db_path, read_only=True) as store:
        frame = store.df("events")
        assert isinstance(frame, pd.DataFrame) and list(frame["sources"]) == [3]
        assert store.schema_version() == 6
        assert [r["version"] for r in store.sql("SELECT version FROM migrations ORDER BY version")] == [1, 2, 3, 6]


def test_a_database_of_the_first_schema_is_upgraded_with_its_rows(db_path: Path) -> None:
    from legation.store.schema import MIGRATIONS

    # A store as the first release wrote it: schema 1 only, with one stored document.
    _store_all(db_path, MEETING[:1])
    con = duckdb.connect(str(db_path))
    old = con.execute("SELECT id, record FROM documents").fetchall()
    con.execute("DROP TABLE documents")
    con.execute("DROP TABLE inputs")
    con.execute("DROP TABLE pending_merges")
    con.execute("DELETE FROM migrations WHERE version > 1")
    first = MIGRATIONS[0][2]
    documents = first[first.index("CREATE TABLE documents"):first.index("CREATE TABLE inputs")]
    inputs = first[first.index("CREATE TABLE inputs"):first.index("CREATE TABLE entities")]
    con.execute(documents + inputs)
    con.execute("INSERT INTO documents (id, source_key, text, record, ingested_at) "
                "VALUES (?, 'doc', 'x', ?, now()::TIMESTAMP)", list(old[0]))
    con.execute("INSERT INTO inputs VALUES ('k0', 'first.txt', 'ingested', ?, now()::TIMESTAMP)", [old[0][0]])
    con.close()

    with Store(db_path) as store:
        assert store.schema_version() == 6
        assert store.sql("SELECT id, record FROM documents") == [{"id": old[0][0], "record": old[0][1]}]
        assert store.known_inputs(["k0"]) == {"k0": ("ingested", None)}
        store.add(MEETING[0])                       # the same body again: still stored once
        store.add(MEETING[1])
        assert store.sql("SELECT count(*) AS n FROM documents")[0]["n"] == 2


def test_a_commit_that_cannot_be_written_is_one_clear_error_and_stores_nothing(db_path: Path) -> None:
    from legation.errors import LegationError

    Store(db_path).close()                  # schema written and checkpointed: no log file left
    wal = Path(f"{db_path}.wal")
    with Store(db_path) as store:
        wal.mkdir()                         # the log cannot be created (as on a full or read-only disk)
        with pytest.raises(LegationError) as err:
            store.add(record("Kazakhstan and Hungary held talks in Budapest.", lang="en",
                             published="2025-01-01"))
        assert str(db_path) in str(err.value) and "cannot write" in str(err.value)
        assert store.stats()["documents"] == 0
        wal.rmdir()
        store.add(record("Kazakhstan and Hungary held talks in Budapest.", lang="en", published="2025-01-01"))
        assert store.stats()["documents"] == 1
