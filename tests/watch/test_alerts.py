"""Alert rules as a user sets them up: a pair rule fires once for its event and never for others,
its webhook gets the JSON, /alerts.atom lists it; a score-shift rule fires on a built-in shift only."""

from __future__ import annotations

import datetime as dt
import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import feedparser
import httpx
import news
from newsroom import NewsServer, Newsroom

from legation.alerts.rules import EPOCH

from .conftest import legation


def _serve(db: Path) -> tuple[subprocess.Popen, str]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    proc = subprocess.Popen([sys.executable, "-m", "legation", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(url + "/alerts", timeout=2)
            return proc, url
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("legation serve did not start")


def test_a_pair_rule_fires_once_for_its_event_posts_it_and_lists_it_in_the_atom_feed(tmp_path: Path) -> None:
    with NewsServer(Newsroom(counts={"en": 6})) as site:
        sources = tmp_path / "sources.toml"
        sources.write_text(site.sources_toml(broken=False))
        db = tmp_path / "news.duckdb"
        assert legation("watch", str(sources), "--db", str(db), "--once").returncode == 0
        jsonl = tmp_path / "alerts.jsonl"
        added = legation("alerts", "add", "hostile", "--db", str(db), "--types", "ACCUSE,SANCTION",
                         "--pair", "NOR-CHL", "--to", "stdout", "--to", str(jsonl), "--to", f"{site.url}/hook")
        assert added.returncode == 0, added.stderr

        day = dt.date(2025, 11, 20)
        match_title, match_text = news.english("ACCUSE", "CHL", "NOR", day)
        site.room.extra["en"] = [
            ("accuse-chl-nor", match_title, match_text),
            ("accuse-per-fin", *news.english("ACCUSE", "PER", "FIN", day)),        # another pair
            ("consult-chl-nor", *news.english("CONSULT", "CHL", "NOR", day)),      # another type
        ]
        done = legation("watch", str(sources), "--db", str(db), "--once")
        assert done.returncode == 0, done.stderr
        assert "3 new items: 3 ingested" in done.stdout and "; 1 alert" in done.stdout
        said = [ln for ln in done.stdout.splitlines() if ln.startswith("alert hostile:")]
        assert len(said) == 1 and "ACCUSE CHL → NOR 2025-11-20" in said[0]

        # The webhook got the alert as JSON, with links to the event, its report and the evidence.
        assert len(site.room.hooks) == 1
        alert = site.room.hooks[0]
        assert alert["rule"] == "hostile" and alert["event"]["type"] == "ACCUSE"
        assert {alert["event"]["source"], alert["event"]["target"]} == {"CHL", "NOR"}
        assert alert["link"].startswith("http://127.0.0.1:8000/event/")
        (report,) = alert["reports"]
        assert report["url"] == f"{site.url}/en/extra/accuse-chl-nor.html" and report["title"] == match_title
        assert "accused" in report["evidence"]["text"] and report["evidence"]["link"].endswith("#reports")
        assert [json.loads(ln)["id"] for ln in jsonl.read_text().splitlines()] == [alert["id"]]

        # A second report of the same event, and a pass with nothing new: no alert again.
        site.room.extra["en"].append(("accuse-chl-nor-2", *news.english("ACCUSE", "CHL", "NOR", day, "energy")))
        again = legation("watch", str(sources), "--db", str(db), "--once")
        assert "1 new items: 1 ingested" in again.stdout and "; 0 alerts" in again.stdout
        assert legation("watch", str(sources), "--db", str(db), "--once").stdout.count("alert hostile") == 0
        assert len(site.room.hooks) == 1 and len(jsonl.read_text().splitlines()) == 1
        events = json.loads(legation("events", "--db", str(db), "--pair", "CHL-NOR", "--type", "ACCUSE",
                                     "--format", "json").stdout)
        assert len(events) == 1 and events[0]["documents"] == 2

    listed = json.loads(legation("alerts", "list", "--db", str(db), "--fired", "--format", "json").stdout)
    assert [a["id"] for a in listed] == [alert["id"]] and listed[0]["delivered"]

    proc, url = _serve(db)
    try:
        feed = feedparser.parse(httpx.get(url + "/alerts.atom").content)
        assert not feed.bozo and len(feed.entries) == 1
        assert feed.entries[0].title == said[0].split(": ", 1)[1].split("  ")[0]
        assert feed.entries[0].link == url + alert["path"]
        page = httpx.get(url + "/alerts", params={"format": "json"}).json()
        assert [a["id"] for a in page["alerts"]] == [alert["id"]]
        assert httpx.get(url + alert["path"]).status_code == 200
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _write(folder: Path, kind: str, days: list[dt.date]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for day in days:
        title, text = news.english(kind, "CHL", "NOR", day)
        (folder / f"{kind}-{day}.txt").write_text(f"{title}\n\n{text}\n", encoding="utf-8")
    return folder


def _score_rule_fires(tmp_path: Path, later: str) -> list[dict]:
    """Three CONSULT events in one 30-day window, a rule, then three `later` events in the next window."""
    start = EPOCH + dt.timedelta(days=30 * ((dt.date(2025, 3, 1) - EPOCH).days // 30))
    db = tmp_path / "score.duckdb"
    first = _write(tmp_path / "first", "CONSULT", [start + dt.timedelta(days=d) for d in (2, 9, 16)])
    assert legation("ingest", str(first), "--db", str(db)).returncode == 0
    jsonl = tmp_path / "score.jsonl"
    added = legation("alerts", "add", "drift", "--db", str(db), "--score-shift", "10", "--window", "30",
                     "--pair", "CHL-NOR", "--to", str(jsonl))
    assert added.returncode == 0, added.stderr
    second = _write(tmp_path / "second", later, [start + dt.timedelta(days=d) for d in (33, 40, 47)])
    assert legation("ingest", str(second), "--db", str(db)).returncode == 0
    for kind in {"CONSULT", later}:     # every article made its event
        found = legation("events", "--db", str(db), "--pair", "CHL-NOR", "--type", kind, "--format", "json")
        assert len(json.loads(found.stdout)) == (6 if kind == later == "CONSULT" else 3)
    assert legation("ingest", str(second), "--db", str(db)).returncode == 0    # nothing new: nothing fires
    return [json.loads(ln) for ln in jsonl.read_text().splitlines()] if jsonl.exists() else []


def test_a_score_shift_rule_fires_on_a_built_in_shift(tmp_path: Path) -> None:
    (alert,) = _score_rule_fires(tmp_path, "SANCTION")
    assert alert["score_before"] > 0 and alert["change"] < -10
    assert alert["path"] == "/pair/CHL-NOR"


def test_a_score_shift_rule_stays_silent_without_a_shift(tmp_path: Path) -> None:
    assert _score_rule_fires(tmp_path, "CONSULT") == []


def test_alerts_list_test_and_remove(tmp_path: Path) -> None:
    db = tmp_path / "a.duckdb"
    folder = _write(tmp_path / "texts", "SANCTION", [dt.date(2025, 4, 2)])
    assert legation("ingest", str(folder), "--db", str(db)).returncode == 0
    assert legation("alerts", "add", "s", "--db", str(db), "--types", "sanction", "--country", "nor").returncode == 0
    rules = json.loads(legation("alerts", "list", "--db", str(db), "--format", "json").stdout)
    assert [(r["name"], r["kind"], r["params"]["types"], r["fired"]) for r in rules] == [("s", "events", ["SANCTION"], 0)]
    # What the rule matches now is shown, as already seen when the rule was added.
    tested = json.loads(legation("alerts", "test", "s", "--db", str(db), "--format", "json").stdout)
    assert [(t["title"], t["new"]) for t in tested] == [("SANCTION CHL → NOR 2025-04-02", False)]
    bad = legation("alerts", "add", "x", "--db", str(db), "--types", "HUG")
    assert bad.returncode == 2 and "HUG" in bad.stderr and len(bad.stderr.splitlines()) == 1
    assert legation("alerts", "add", "s", "--db", str(db), "--figure-conflict").returncode == 2
    assert legation("alerts", "remove", "s", "--db", str(db)).returncode == 0
    assert json.loads(legation("alerts", "list", "--db", str(db), "--format", "json").stdout) == []


MINISTERS = ("Chile's Foreign Minister {a} held talks with Norway's Foreign Minister {b} in Oslo on {day} March 2025. "
             "Trade turnover between Chile and Norway reached {value} billion US dollars in 2024, the minister said.")


def test_officials_and_figure_conflicts_fire_once_for_what_is_new(tmp_path: Path) -> None:
    import io

    from legation import Store, extract
    from legation.alerts import add, run_rules

    def article(a: str, b: str, day: int, value: str) -> dict:
        return extract(MINISTERS.format(a=a, b=b, day=day, value=value), published=f"2025-03-{day + 1:02d}").to_dict()

    with Store(tmp_path / "s.duckdb") as store:
        store.add(article("Juan Perez", "Kari Hansen", 3, "1.2"))
        add(store, "people", "new-official", {"pair": ["CHL", "NOR"]}, ["stdout"])
        add(store, "numbers", "figure-conflict", {"pair": ["NOR", "CHL"]}, ["stdout"])
        out = io.StringIO()
        assert run_rules(store, out=out) == [] and out.getvalue() == ""      # nothing new since the rules
        store.add(article("Juan Perez", "Ola Berg", 10, "1.5"))                # a new minister, another figure
        fired = run_rules(store, out=out)
        assert sorted((a["rule"], a["title"].split(":")[0].split(" (")[0]) for a in fired) == [
            ("numbers", "trade_turnover CHL-NOR 2024 is stated differently by 2 documents"),
            ("people", "Ola Berg, foreign minister")]
        people = next(a for a in fired if a["rule"] == "people")
        assert people["path"] == "/pair/CHL-NOR" and len(people["documents"]) == 1
        assert len(out.getvalue().splitlines()) == 2
        store.add(article("Juan Perez", "Ola Berg", 17, "1.5"))                # the same people, a third figure
        assert run_rules(store, out=out) == []
