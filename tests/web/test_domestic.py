"""Pair pages show international events; `?domestic=1` shows a country's domestic events.

A store of its own, made by the real pipeline from sentences written for this test.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from legation import Store
from legation.store.ingest import ingest

ARTICLES = {
    "police.txt": "Georgian police detained opposition activists outside parliament on Monday.\n",
    "accuse.txt": "Georgia accused Russia of stoking unrest in Abkhazia on Monday.\n",
}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    import httpx

    from conftest import LiveServer

    folder = tmp_path_factory.mktemp("domestic")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = folder / "web.duckdb"
    with Store(db) as store:
        ingest(store, [str(folder)], published="2024-03-05")
    with LiveServer(db) as server, httpx.Client(base_url=server.url, timeout=10) as http:
        yield http


def test_the_pair_page_holds_international_events_only(client) -> None:
    data = client.get("/pair/GEO-RUS?format=json").json()
    assert [(e["type"], e["source"], e["target"]) for e in data["events"]] == [("ACCUSE", "GEO", "RUS")]
    assert client.get("/pair/GEO-GEO").status_code == 404


def test_domestic_events_are_one_query_parameter_away(client) -> None:
    data = client.get("/pair/GEO-GEO?domestic=1&format=json").json()
    assert data["domestic"] is True
    assert [(e["type"], e["source"], e["target"]) for e in data["events"]] == [("COERCE", "GEO", "GEO")]
    page = client.get("/pair/GEO-GEO?domestic=1")
    assert page.status_code == 200 and "domestic events" in page.text
