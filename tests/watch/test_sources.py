"""Sources other than feeds (news sitemaps, URL lists), redirect loops, timeouts, and bad SOURCES.toml files."""

from __future__ import annotations

from pathlib import Path

import duckdb
from newsroom import NewsServer, Newsroom

from legation.watch import load_sources, watch

from .conftest import legation


def _toml(site: NewsServer, timeout: float = 5) -> str:
    head = f"[fetch]\nuser_agent = \"legation-test/1\"\ntimeout = {timeout}\nretries = 1\nbackoff = 0.01\nhost_interval = 0\n"
    sources = [("sitemap-de", "/sitemaps/de.xml", "sitemap", "de"), ("list-en", "/lists/en.txt", "urls", "en"),
               ("loop", "/loop.html", "urls", "en"), ("stall", "/lists/stall.txt", "urls", "en")]
    return head + "".join(f"\n[[source]]\nname = \"{n}\"\nurl = \"{site.url}{p}\"\nkind = \"{k}\"\nlang = \"{lang}\"\n"
                          for n, p, k, lang in sources)


def test_sitemaps_and_url_lists_are_followed_and_a_slow_page_is_tried_again(tmp_path: Path) -> None:
    with NewsServer(Newsroom(counts={"en": 3, "de": 3})) as site:
        path = tmp_path / "sources.toml"
        path.write_text(_toml(site, timeout=0.5))
        db = tmp_path / "news.duckdb"
        report = watch(db, load_sources(path), once=True)
        assert (report.ingested, report.failed, report.failed_sources) == (6, 1, 1)
        problems = dict(report.problems)
        assert problems["source loop"] == "more than 5 redirects"
        assert problems[f"{site.url}/stall.html"].startswith("no answer within 0.5 s (2 attempts)")
        con = duckdb.connect(str(db), read_only=True)
        rows = con.execute("SELECT source, count(*), count(w.published) FROM watch_items w "
                           "JOIN documents d ON d.id = w.document_id GROUP BY source ORDER BY source").fetchall()
        # The sitemap dates its items; a URL list cannot.
        assert rows == [("list-en", 3, 0), ("sitemap-de", 3, 3)]
        assert con.execute("SELECT outcome, attempts FROM watch_items WHERE url LIKE '%stall%'").fetchall() \
            == [("failed", 1)]
        con.close()
        again = watch(db, load_sources(path), once=True)        # the slow page is asked for again
        assert again.failed == 1 and again.ingested == 0
        con = duckdb.connect(str(db), read_only=True)
        assert con.execute("SELECT attempts FROM watch_items WHERE url LIKE '%stall%'").fetchall() == [(2,)]
        con.close()


def test_a_wrong_sources_file_is_one_line_naming_what_is_wrong(tmp_path: Path) -> None:
    cases = {
        "[[source]]\nurl = \"http://127.0.0.1:9/feed\"\ncolour = \"red\"\n": "unknown key(s) colour",
        "[[source]]\nurl = \"http://127.0.0.1:9/feed\"\ninterval = \"soon\"\n": "interval 'soon' is not a duration",
        "[[source]]\nurl = \"ftp://example.org/feed\"\n": "is not an http(s) URL",
        "[fetch]\ntimeout = \"long\"\n[[source]]\nurl = \"http://127.0.0.1:9/f\"\n": "[fetch] timeout",
        "[[source]]\nname = \"a\"\nurl = \"http://127.0.0.1:9/f\"\n[[source]]\nname = \"a\"\nurl = \"http://127.0.0.1:9/g\"\n":
            "used twice: a",
        "source = [": "not valid TOML",
    }
    for text, said in cases.items():
        path = tmp_path / "sources.toml"
        path.write_text(text)
        done = legation("watch", str(path), "--db", str(tmp_path / "x.duckdb"), "--once")
        assert done.returncode == 2 and said in done.stderr and len(done.stderr.splitlines()) == 1, (text, done.stderr)
    assert not (tmp_path / "x.duckdb").exists()


def test_a_site_whose_robots_txt_fails_is_not_fetched_and_one_without_is(tmp_path: Path) -> None:
    for status, stored in ((503, 0), (404, 2)):
        with NewsServer(Newsroom(counts={"en": 2}, robots_status=status)) as site:
            path = tmp_path / f"sources-{status}.toml"
            path.write_text(site.sources_toml(broken=False))
            report = watch(tmp_path / f"{status}.duckdb", load_sources(path), once=True)
            assert report.ingested == stored
            if status == 503:
                assert dict(report.problems) == {"source news-en": "robots.txt does not allow fetching it"}
                assert {r.path for r in site.room.log} == {"/robots.txt"}


def test_without_once_the_watch_runs_pass_after_pass_until_stopped(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys

    with NewsServer(Newsroom(counts={"en": 2})) as site:
        path = tmp_path / "sources.toml"
        path.write_text(site.sources_toml(broken=False, interval="1s"))
        proc = subprocess.Popen([sys.executable, "-m", "legation", "watch", str(path), "--db", str(tmp_path / "w.duckdb")],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(3)]       # one line per pass, as each ends
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert [ln.split(" watch: ")[1].split(" new items")[0] for ln in lines] == [
        "1 sources (0 unchanged, 0 failed), 2", "1 sources (1 unchanged, 0 failed), 0",
        "1 sources (1 unchanged, 0 failed), 0"]
