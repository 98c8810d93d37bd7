"""The per-document time budget: a runaway document is a reject, and the rest of the run goes on."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from legation import Store
from legation.batch import warm
from legation.cli import main
from legation.executors import Engine
from legation.settings import Settings
from legation.store.ingest import ingest

HAS_DASK = importlib.util.find_spec("distributed") is not None

GOOD = {
    "tashkent.txt": "TASHKENT, 4 June - The foreign ministers of Uzbekistan and Kazakhstan met in Tashkent "
                    "on 3 June 2024 and signed an agreement on water management, the ministry said.\n\n"
                    "They also discussed transport corridors and trade.",
    "ankara.txt": "ANKARA, 12 May - Turkey and Azerbaijan held the fourth round of political consultations "
                  "in Ankara on 11 May 2024, the Turkish Foreign Ministry said.\n\n"
                  "The delegations discussed energy projects and regional security.",
    "paris.txt": "PARIS, 2 April - France pledged 20 million euros of humanitarian aid to Armenia on "
                 "1 April 2024, the French foreign minister announced after talks with his Armenian "
                 "counterpart.\n\nThe money will pay for housing and schools.",
}
# One clause repeated with no full stop: about 1 MB, within `max_bytes`, one sentence.
RUNAWAY = ("Kazakhstan and Uzbekistan agreed to expand trade and the ministers met in Tashkent "
           "on 11 March 2024 ") * 10_000
BUDGET = 1.0    # seconds: the good articles take milliseconds, the runaway one several seconds


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("budget")
    for name, text in GOOD.items():
        (root / name).write_text(text, encoding="utf-8")
    (root / "runaway.txt").write_text("Kazakhstan and Uzbekistan held talks in Tashkent.\n\n" + RUNAWAY,
                                      encoding="utf-8")
    return root


ENGINES = [("inprocess", 1), ("processes", 2),
           pytest.param("dask", 2, marks=pytest.mark.skipif(not HAS_DASK, reason="needs the dask extra"))]


@pytest.mark.parametrize(("engine", "workers"), ENGINES)
def test_a_runaway_document_is_rejected_and_the_good_ones_are_committed(folder: Path, tmp_path: Path,
                                                                        engine: str, workers: int) -> None:
    # The budget counts a document's own work; a fresh process also loads each language's
    # data on its first document, which the workers do before their first task.
    warm()
    with Store(tmp_path / "s.duckdb") as store:
        summary = ingest(store, [str(folder)], engine=Engine.choose(engine, workers),
                         settings=Settings(max_seconds=BUDGET))
        assert summary.ingested == len(GOOD)
        assert summary.rejected == 1
        rejects = store.rejects()
        assert [(Path(r["input"]).name, r["reason"]) for r in rejects] == [("runaway.txt", "took longer than 1 s")]
        stored = {Path(r["path"]).name for r in store.sql("SELECT path FROM documents")}
        assert stored == set(GOOD)
        assert store.events()          # the good articles' events were merged


def test_extract_of_a_runaway_document_is_one_line_and_the_other_files_still_come_out(
        folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    settings = tmp_path / "settings.toml"
    settings.write_text(f"max_seconds = {BUDGET}\n", encoding="utf-8")
    status = main(["--settings", str(settings), "extract", str(folder / "runaway.txt"),
                   str(folder / "tashkent.txt"), "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert status == 2
    assert err.strip() == f"legation: {folder / 'runaway.txt'}: took longer than 1 s"
    assert len(out.splitlines()) == 1 and '"UZB"' in out


def test_a_negative_budget_is_refused() -> None:
    with pytest.raises(ValueError, match="max_seconds"):
        Settings(max_seconds=-1)
