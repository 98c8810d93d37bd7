"""The pages and their JSON twins, over HTTP against a real server and a real store."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest
from articles import XSS_IMG, XSS_IMG2, XSS_SCRIPT, consultation_en, hostile_page, trade_report

from legation.web.views import doc_key

PAGES = ["/", "/pair/MNG-CHE", "/pair/CHE-MNG", "/search?q=Mongol"]


def _json(http, url: str) -> dict:
    r = http.get(url, headers={"accept": "application/json"})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/json")
    return r.json()


def _consultation_id(http) -> str:
    pair = _json(http, "/pair/MNG-CHE")
    return next(e["id"] for e in pair["events"] if e["type"] == "CONSULT")


def _all_urls(http) -> list[str]:
    urls = list(PAGES)
    pair = _json(http, "/pair/MNG-CHE")
    urls += [f"/event/{quote(e['id'], safe='')}" for e in pair["events"]]
    for e in pair["events"]:
        event = _json(http, f"/event/{quote(e['id'], safe='')}")
        urls += [f"/document/{r['document']}" for r in event["reports"]]
    return sorted(set(urls))


def test_every_page_has_a_json_twin_at_the_same_path(http):
    for url in _all_urls(http):
        page = http.get(url)
        assert page.status_code == 200, url
        assert page.headers["content-type"].startswith("text/html")
        by_accept = http.get(url, headers={"accept": "application/json"}).json()
        by_param = http.get(url + ("&" if "?" in url else "?") + "format=json").json()
        assert by_accept == by_param
        assert by_accept["page"] in ("overview", "pair", "event", "document", "search")


def test_overview_lists_the_active_pair_recent_events_flags_and_conflicts(http):
    data = _json(http, "/")
    assert data["counts"]["documents"] == 6
    assert [p["pair"] for p in data["pairs"]] == ["CHE-MNG"]
    assert data["pairs"][0]["events"] == 3
    assert [e["type"] for e in data["events"]] == ["PROTEST", "AGREE", "CONSULT"]    # newest first
    assert [f["kind"] for f in data["flags"]] == ["sum_mismatch"]
    assert len(data["conflicts"]) == 1 and len(data["conflicts"][0]["documents"]) == 2
    html = http.get("/").text
    assert 'href="/pair/CHE-MNG"' in html


def test_pair_page_has_timeline_score_officials_and_figures_with_flags_and_repairs(http):
    data = _json(http, "/pair/MNG-CHE")
    assert data["months"] == ["2025-03", "2025-04", "2025-05", "2025-06", "2025-07"]   # gaps filled
    assert data["events_by_type"]["CONSULT"] == [1, 0, 0, 0, 0]
    assert data["events_by_type"]["PROTEST"] == [0, 0, 0, 0, 1]
    score = dict(zip(data["months"], data["cooperation"]))
    assert score["2025-04"] == 0                                      # no events: neither side
    assert score["2025-03"] > 0 > score["2025-07"]                   # consultation vs protest
    officials = {(o["name"], o["country"]) for o in data["officials"]}
    assert {("Batbayar Ganzorig", "MNG"), ("Helene Amsler", "CHE")} <= officials
    (period,) = data["figures_by_period"]
    assert period["period"] == "2024"
    turnover = {f["value"]: f for f in period["figures"] if f["metric"] == "trade_turnover"}
    assert set(turnover) == {12e6, 95e6}
    assert turnover[12e6]["flags"] == ["conflict", "sum_mismatch"]
    assert turnover[95e6]["flags"] == ["conflict"]                             # across documents
    (repair,) = data["repairs"]
    assert repair["proposal"][0]["value"] == 95e6
    assert len(data["conflicts"]) == 1
    html = http.get("/pair/MNG-CHE").text
    assert "turnover is stated as 12 M USD" in html          # the flag explained
    assert "95 M USD" in html and "Proposed repairs" in html  # and its repair


def test_pair_in_either_order_is_the_same_relationship(http):
    one, other = _json(http, "/pair/MNG-CHE"), _json(http, "/pair/che-mng")
    assert [e["id"] for e in one["events"]] == [e["id"] for e in other["events"]]


def test_pair_page_draws_its_charts_as_inline_svg_without_script(http):
    html = http.get("/pair/MNG-CHE").text
    assert html.count("<svg") == 3                             # events, score, figure levels
    timeline = html[html.index('class="chart chart-timeline"'):]
    assert timeline.count('class="bar"') >= 3                  # one mark per type and month with events
    assert "<script" not in html.lower()
    nonce = re.search(r"'nonce-([^']+)'", http.get("/pair/MNG-CHE").headers["content-security-policy"])
    assert nonce


def test_pair_page_charts_levels_over_periods_and_marks_each_flagged_figure(http):
    html = http.get("/pair/MNG-CHE").text
    chart = html[html.index('class="chart chart-levels"'):]
    chart = chart[:chart.index("</figure>")]
    titles = re.findall(r"<title>([^<]*)</title>", chart)
    # A line per metric, each mark named by the words it came from.
    for written in ("95 million dollars", "70 million dollars", "25 million dollars"):
        assert f"2024: {written.split()[0]} M USD ({written})" in titles
    # Every flagged figure is marked again, its flags as hover text: the 12 M turnover among them.
    flagged = [t for t in titles if "sum_mismatch:" in t or "conflict:" in t]
    assert any(t.startswith("2024: 12 M USD (sum_mismatch: exports") for t in flagged)
    assert len(flagged) == len(re.findall(r'<tr class="flagged"', html))


def test_event_page_shows_every_report_with_its_evidence_marked(http):
    event_id = _consultation_id(http)
    data = _json(http, f"/event/{quote(event_id, safe='')}")
    assert data["event"]["documents"] == 3
    assert sorted(r["lang"] for r in data["reports"]) == ["de", "en", "ru"]
    en = next(r for r in data["reports"] if r["lang"] == "en")
    marked = "".join(s["text"] for s in en["evidence"]["segments"] if "evidence" in s["kinds"])
    doc = consultation_en()
    assert marked == doc.text[doc.events[0].evidence.start:doc.events[0].evidence.end]
    persons = {s["text"] for s in en["evidence"]["segments"] if "person" in s["kinds"]}
    assert persons == {"Batbayar Ganzorig", "Helene Amsler"}
    html = http.get(f"/event/{quote(event_id, safe='')}").text
    assert 'class="hl hl-evidence' in html


def test_document_page_highlights_text_lists_flags_and_removed_lines(http):
    doc = trade_report()
    data = _json(http, f"/document/{doc_key(doc.id)}")
    assert "".join(s["text"] for s in data["segments"]) == doc.text
    figures = [s["text"] for s in data["segments"] if "figure" in s["kinds"]]
    assert figures == ["12 million dollars", "70 million dollars", "25 million dollars"]
    assert any("event" in s["kinds"] and s["href"].startswith("/event/") for s in data["segments"])
    assert [f["kind"] for f in data["flags"]] == ["sum_mismatch", "repair"]
    removed = _json(http, f"/document/{doc_key(consultation_en().id)}")["removed"]
    assert [r["text"] for r in removed] == ["Share this article", "Subscribe to our newsletter"]
    # The full id with its prefix names the same document.
    assert _json(http, f"/document/{quote(doc.id, safe='')}")["document"]["id"] == doc.id


@pytest.mark.parametrize("query, section, expected", [
    ("ganzorig", "people", "Batbayar Ganzorig"),
    ("Ulaanbaatar", "places", "Ulaanbaatar"),
    ("MNG-CHE", "pairs", "CHE-MNG"),
    ("Mongolei", "pairs", "CHE-MNG"),          # a country as written in a German article
    ("dairy", "documents", "Dairy agreement signed"),
    ("КОНСУЛЬТАЦИЙ", "documents", "Монголия и Швейцария провели консультации"),
])
def test_search_finds_people_places_pairs_and_text(http, query, section, expected):
    data = _json(http, f"/search?q={quote(query)}")
    found = [r.get("name") or r.get("pair") or r.get("title") for r in data[section]]
    assert expected in found


def test_search_marks_the_match_in_its_snippet(http):
    data = _json(http, "/search?q=DAIRY%20farming")
    (hit,) = data["documents"]
    assert [s["text"] for s in hit["segments"] if "match" in s["kinds"]] == ["dairy farming"]


@pytest.mark.parametrize("url", [
    "/event/h%3Aunknown", "/document/0123456789abcdef", "/document/..%2F..%2Fetc%2Fpasswd",
    "/pair/MNG-ATA", "/pair/not-a-pair-at-all", "/no/such/page",
])
def test_unknown_ids_give_clear_404s_in_html_and_json(http, url):
    page = http.get(url)
    assert page.status_code == 404
    assert "Not found" in page.text and "<script" not in page.text.lower()
    twin = http.get(url, headers={"accept": "application/json"})
    assert twin.status_code == 404
    assert twin.json()["error"]


@pytest.mark.parametrize("url", [
    "/static/../queries.py", "/static/%2e%2e/queries.py", "/static/..%2fqueries.py",
    "/static/%2e%2e%2f%2e%2e%2fdocument.py", "/static//etc/passwd", "/static/templates/../app.py",
])
def test_static_files_do_not_escape_their_folder(http, url):
    r = http.get(url)
    assert r.status_code == 404
    assert "def " not in r.text and "root:" not in r.text


def test_static_stylesheet_is_served(http):
    r = http.get("/static/style.css")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/css")


@pytest.mark.parametrize("url", ["/", "/pair/MNG-CHE", "/static/style.css", "/event/none", "/?format=json"])
def test_security_headers_on_every_response(http, url):
    h = http.get(url).headers
    csp = h["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert h["x-content-type-options"] == "nosniff"
    assert h["x-frame-options"] == "DENY"
    assert h["referrer-policy"] == "no-referrer"


def test_article_markup_is_escaped_everywhere(http):
    hostile = hostile_page()
    event_id = _json(http, "/pair/MNG-CHE")["events"][-1]["id"]
    for url in ["/", "/pair/MNG-CHE", f"/event/{quote(event_id, safe='')}",
                f"/document/{doc_key(hostile.id)}", "/search?q=cyber", "/search?q=%3Cscript%3E"]:
        html = http.get(url).text
        assert "<script" not in html.lower(), url
        assert "<img" not in html.lower(), url
        assert "<b>" not in html, url
    doc_html = http.get(f"/document/{doc_key(hostile.id)}").text
    for raw in (XSS_SCRIPT, XSS_IMG, XSS_IMG2):
        assert raw.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&#34;") in doc_html
    assert _json(http, f"/document/{doc_key(hostile.id)}")["text"] == hostile.text


def test_a_writer_takes_its_turn_while_the_store_is_served(tmp_path: Path) -> None:
    import articles
    import httpx
    from conftest import LiveServer

    db = tmp_path / "served.duckdb"
    articles.build_store(str(db))
    with LiveServer(db) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        before = client.get("/", params={"format": "json"}).json()["counts"]["documents"]
        # A writer in another process opens the store between requests, and what it commits is served.
        code = ("import sys\nsys.path.insert(0, sys.argv[2])\nimport articles\nfrom legation.store import Store\n"
                "with Store(sys.argv[1]) as store:\n    store.add(articles.later_note())\n")
        done = subprocess.run([sys.executable, "-c", code, str(db), str(Path(__file__).parent)],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        after = client.get("/", params={"format": "json"}).json()["counts"]["documents"]
    assert after == before + 1


def test_serve_without_the_web_extra_names_the_extra(tmp_path: Path):
    code = ("import sys\nsys.modules['uvicorn'] = None\nsys.modules['starlette'] = None\n"
            "from legation.cli import main\nsys.exit(main(['serve', '--db', 'x.duckdb']))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert done.returncode == 2
    assert "pip install 'legation[web]'" in done.stderr
    assert "Traceback" not in done.stderr


def test_create_app_without_the_web_extra_names_the_extra(tmp_path: Path):
    code = ("import sys\nsys.modules['starlette'] = None\nfrom legation.web import create_app\n"
            "from legation.errors import MissingExtra\n"
            "try:\n    create_app('x.duckdb')\nexcept MissingExtra as e:\n    print(e)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert "legation[web]" in done.stdout, done.stderr


def test_serve_on_a_missing_store_says_what_to_do(tmp_path: Path):
    done = subprocess.run([sys.executable, "-m", "legation", "serve", "--db", str(tmp_path / "none.duckdb"),
                           "--port", "1"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "legation ingest" in done.stderr and "Traceback" not in done.stderr


def test_json_twin_of_a_page_is_valid_json_for_tools(http):
    r = http.get("/pair/MNG-CHE?format=json")
    assert json.loads(r.text)["pair"] == "MNG-CHE"
    assert r.headers.get("vary") == "Accept"


def test_a_store_an_ingest_left_unmerged_is_served_merged(tmp_path: Path, http):
    import articles
    import httpx
    from conftest import LiveServer

    from legation.store import Outcome, Store

    # As after an ingest killed before its end-of-run merge: every report stored, none merged.
    path = tmp_path / "unmerged.duckdb"
    with Store(path) as store:
        for doc in articles.all_articles():
            record = doc.to_dict()
            store.write_batch([Outcome("record:" + record["id"], doc.source.url, record=record)], settle=False)
        assert store.pending_merges() > 0
    with LiveServer(path) as server, httpx.Client(base_url=server.url, timeout=10) as client:
        served = client.get("/", params={"format": "json"}).json()
    merged = _json(http, "/")
    for key in ("pairs", "events", "conflicts"):
        assert served[key] == merged[key], key
    assert served["pairs"][0]["events"] == 3 and len(served["conflicts"]) == 1
