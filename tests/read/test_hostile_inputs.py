"""Hostile inputs: each is a reject with its reason (or one clear line), and the run goes on.

Every test runs the real command on real files, in a process of its own.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from warc_files import page, write_warc

ARTICLE = ("Kazakhstan and Belarus held political consultations in Minsk on Tuesday. "
           "The delegations discussed trade, transit and energy cooperation.\n")
PUBLISHED = "2024-05-16"


def _run(*args: str, user: str | None = None, home: Path | None = None,
         timeout: int = 300) -> subprocess.CompletedProcess[str]:
    prefix = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups"] if user else []
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home)} if home else None
    return subprocess.run([*prefix, sys.executable, "-m", "legation", *args], capture_output=True, text=True,
                          timeout=timeout, env=env)


def _ingest(db: Path, *paths: str | Path, **kw: str) -> tuple[subprocess.CompletedProcess[str], dict[str, str], int]:
    """Run `legation ingest`; its result, the rejects (input -> reason), and how many documents it stored."""
    done = _run("ingest", *map(str, paths), "--db", str(db), "--published", PUBLISHED, **kw)
    assert "Traceback" not in done.stderr, done.stderr
    rejects = _run("rejects", "--db", str(db), "--format", "json")
    stats = _run("stats", "--db", str(db), "--format", "json")
    return (done, {r["input"]: r["reason"] for r in json.loads(rejects.stdout)},
            json.loads(stats.stdout)["documents"])


@pytest.fixture
def good(tmp_path: Path) -> Path:
    (tmp_path / "in").mkdir()
    path = tmp_path / "in" / "good.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_deeply_nested_json_and_jsonl_are_rejects(good: Path, tmp_path: Path) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    (good.parent / "deep.json").write_text('{"text": "%s", "extra": %s}' % (ARTICLE.strip(), deep))
    (good.parent / "deep.jsonl").write_text(json.dumps({"text": ARTICLE}) + "\n" +
                                            '{"text": "x", "extra": %s}\n' % deep)
    done, rejects, documents = _ingest(tmp_path / "s.duckdb", good.parent)
    assert done.returncode == 0 and documents == 1      # the two good articles are the same text
    assert rejects == {str(good.parent / "deep.json"): "JSON nested too deeply",
                       f"{good.parent / 'deep.jsonl'}:2": "JSON nested too deeply"}


def test_a_warc_record_without_target_uri_is_a_reject(good: Path, tmp_path: Path) -> None:
    other = ARTICLE.replace("Minsk", "Astana").replace("Tuesday", "Monday")
    warc = write_warc(good.parent / "crawl.warc", [("https://news.example/1", page("Talks", other)),
                                                   ("https://news.example/2", page("Talks", ARTICLE))],
                      gzip=False, without_uri=1)
    done, rejects, documents = _ingest(tmp_path / "s.duckdb", warc, good)
    assert done.returncode == 0 and documents == 2
    assert list(rejects) == [f"{warc}#1"] and "WARC-Target-URI" in rejects[f"{warc}#1"]


def test_a_file_name_that_is_not_utf8_is_stored_and_written_escaped(good: Path, tmp_path: Path) -> None:
    folder = os.fsencode(good.parent)
    with open(os.path.join(folder, b"caf\xe9.txt"), "wb") as fh:
        fh.write(ARTICLE.replace("Minsk", "Astana").encode())
    expected = f"{good.parent}/caf\\xe9.txt"
    done, rejects, documents = _ingest(tmp_path / "s.duckdb", good.parent)
    assert done.returncode == 0 and rejects == {} and documents == 2
    paths = json.loads(_run("events", "--db", str(tmp_path / "s.duckdb"), "--format", "json").stdout)
    assert paths
    out = tmp_path / "records.jsonl"
    written = _run("extract", str(good.parent), "--out", str(out))
    assert written.returncode == 0, written.stderr
    assert {json.loads(line)["source"]["path"] for line in out.read_text(encoding="utf-8").splitlines()} == \
        {str(good), expected}


def test_a_fifo_is_rejected_never_waited_on(good: Path, tmp_path: Path) -> None:
    fifo = good.parent / "pipe.txt"
    os.mkfifo(fifo)
    lone = tmp_path / "lone.fifo"
    os.mkfifo(lone)
    done, rejects, documents = _ingest(tmp_path / "s.duckdb", good.parent, lone, timeout=120)
    assert done.returncode == 0 and documents == 1
    assert rejects == {str(fifo): "not a regular file (a pipe, socket or device)",
                       str(lone): "not a regular file (a pipe, socket or device)"}
    single = _run("extract", str(fifo), timeout=120)
    assert single.returncode == 2 and single.stderr.strip() == f"legation: {fifo}: not a regular file " \
                                                              "(a pipe, socket or device)"


@pytest.mark.parametrize("suffix, cut", [(".warc.gz", 10), (".warc.gz", 200), (".warc", 300)])
def test_a_truncated_warc_keeps_the_records_before_and_says_so(tmp_path: Path, suffix: str, cut: int) -> None:
    pages = [(f"https://news.example/{n}", page("Talks", ARTICLE.replace("Minsk", city)))
             for n, city in enumerate(("Astana", "Baku", "Tbilisi"))]
    full = write_warc(tmp_path / f"full{suffix}", pages, gzip=suffix.endswith(".gz"))
    short = tmp_path / f"cut{suffix}"
    short.write_bytes(full.read_bytes()[:-cut])
    done, rejects, documents = _ingest(tmp_path / "s.duckdb", short)
    kept = 3 if cut == 10 else 2        # the last 10 bytes of a gzip file are its checksum and size
    assert done.returncode == 0 and documents == kept
    assert rejects == {str(short): f"truncated: the file ends inside a record (the {kept} records before it are read)"}


@pytest.mark.skipif(not hasattr(os, "geteuid") or (os.geteuid() == 0 and not shutil.which("setpriv")),
                    reason="needs a user that permissions apply to")
def test_an_unreadable_sub_folder_is_a_reject(tmp_path: Path) -> None:
    # Permissions do not apply to root: the command then runs as nobody, in a folder nobody may enter.
    base = Path(tempfile.mkdtemp(prefix="legation-perm-"))
    try:
        base.chmod(0o777)
        (base / "in" / "closed").mkdir(parents=True)
        (base / "in" / "good.txt").write_text(ARTICLE, encoding="utf-8")
        (base / "in" / "closed" / "hidden.txt").write_text(ARTICLE, encoding="utf-8")
        for p in (base / "in", base / "in" / "good.txt"):
            p.chmod(0o777)
        (base / "in" / "closed").chmod(0)
        user = "65534" if os.geteuid() == 0 else None
        done = _run("ingest", str(base / "in"), "--db", str(base / "s.duckdb"), user=user, home=base)
        assert done.returncode == 0 and "ingested 1," in done.stdout, done.stderr
        rejects = json.loads(_run("rejects", "--db", str(base / "s.duckdb"), "--format", "json",
                                  user=user, home=base).stdout)
        assert [(r["input"], r["reason"]) for r in rejects] == [(str(base / "in" / "closed"), "permission denied")]
    finally:
        (base / "in" / "closed").chmod(0o755)
        shutil.rmtree(base)


def test_html_nested_deeper_than_the_parser_goes_keeps_its_article(tmp_path: Path) -> None:
    shallow = page("Talks", ARTICLE).decode()
    deep = shallow.replace("<article>", "<div>" * 400 + "<article>").replace("</article>", "</article>" + "</div>" * 400)
    records = []
    for name, html in (("shallow.html", shallow), ("deep.html", deep)):
        (tmp_path / name).write_text(html, encoding="utf-8")
        done = _run("extract", str(tmp_path / name), "--published", PUBLISHED)
        assert done.returncode == 0, done.stderr
        records.append(json.loads(done.stdout))
    assert records[1]["text"] == records[0]["text"] and records[1]["events"] == records[0]["events"] != []


def test_bidi_and_zero_width_characters_do_not_hide_events(tmp_path: Path) -> None:
    hidden = (ARTICLE.replace("Kazakhstan", "Kaz\u200bakh\u200fstan").replace("Belarus", "\u202bBela\u2060rus\u202c")
              .replace("consultations", "consul\u00adtations"))
    records = []
    for name, text in (("plain.txt", ARTICLE), ("hidden.txt", hidden)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        done = _run("extract", str(tmp_path / name), "--published", PUBLISHED)
        records.append(json.loads(done.stdout))
    plain, found = records
    assert [(e["type"], e["source"], e["target"]) for e in found["events"]] == \
        [(e["type"], e["source"], e["target"]) for e in plain["events"]] != []
    # Offsets are into the text as read, without the invisible characters: evidence still slices it.
    for ent in found["entities"]:
        for m in ent["mentions"]:
            assert found["text"][m["start"]:m["end"]] == m["text"]


def test_published_dates_that_are_no_dates_are_rejects(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = [{"text": ARTICLE, "published": "2024-05-16T09:30:00Z"},
             {"text": ARTICLE.replace("Minsk", "Baku"), "published": "last Tuesday"},
             {"text": ARTICLE.replace("Minsk", "Astana"), "published": "0001-01-01"},
             {"text": ARTICLE.replace("Minsk", "Tbilisi"), "published": "9999-12-31"}]
    feed.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    done, rejects, documents = _ingest(tmp_path / "s.duckdb", feed)
    assert done.returncode == 0 and documents == 1
    assert rejects == {f"{feed}:2": "published 'last Tuesday' is not a date (YYYY-MM-DD)",
                       f"{feed}:3": "published 0001-01-01 is outside 1800-2199, not a real publication date",
                       f"{feed}:4": "published 9999-12-31 is outside 1800-2199, not a real publication date"}
    flag = _run("extract", str(feed), "--published", "9999-12-31")
    assert flag.returncode == 2 and "outside 1800-2199" in flag.stderr and "Traceback" not in flag.stderr


def test_control_characters_in_file_names_are_escaped_on_the_terminal(tmp_path: Path) -> None:
    bad = tmp_path / "\x1b[31mred\x07.txt"
    bad.write_text("", encoding="utf-8")
    done = _run("extract", str(bad))
    assert done.returncode == 2
    assert "\x1b" not in done.stderr and "\x07" not in done.stderr
    assert done.stderr.strip() == f"legation: {tmp_path}/\\x1b[31mred\\x07.txt: empty"


def test_records_that_break_the_schema_are_rejects(good: Path, tmp_path: Path) -> None:
    record = json.loads(_run("extract", str(good), "--published", PUBLISHED).stdout)
    assert record["events"]
    wrong_type = json.loads(json.dumps(record))
    wrong_type["events"][0]["type"] = "TELEPORT"
    wrong_value = json.loads(json.dumps(record))
    wrong_value["lang"]["confidence"] = "very"
    feed = tmp_path / "records.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in (record, wrong_type, wrong_value)), encoding="utf-8")
    done, rejects, documents = _ingest(tmp_path / "s.duckdb", feed)
    assert done.returncode == 0 and documents == 1
    assert set(rejects) == {f"{feed}:2", f"{feed}:3"}
    assert rejects[f"{feed}:2"].startswith("not a valid legation/1 record (events/0/type: must be one of")
    assert rejects[f"{feed}:3"] == "not a valid legation/1 record (lang/confidence: must be number)"
