"""The `legation` command as a user runs it: real files, real processes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE = ("Ruritania and Freedonia held political consultations in Geneva on Tuesday. "
           "The delegations discussed energy and transport cooperation.\n")


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "legation", *args], input=stdin.decode() if stdin else None,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    p = tmp_path / "good.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def test_extract_prints_one_json_record(article: Path) -> None:
    res = run("extract", str(article), "--published", "2024-05-08")
    assert res.returncode == 0, res.stderr
    record = json.loads(res.stdout)
    assert record["schema"] == "legation/1"
    assert record["source"]["path"] == str(article)
    assert record["source"]["published"] == "2024-05-08"


def test_jsonl_gives_one_line_per_file(article: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text(ARTICLE.replace("Geneva", "Vienna"), encoding="utf-8")
    res = run("extract", str(article), str(other), "--format", "jsonl")
    lines = res.stdout.strip().splitlines()
    assert res.returncode == 0 and len(lines) == 2
    assert {json.loads(ln)["source"]["path"] for ln in lines} == {str(article), str(other)}


def test_text_format_is_a_readable_summary(article: Path) -> None:
    res = run("extract", str(article), "--format", "text")
    assert res.returncode == 0
    assert str(article) in res.stdout and "sentences" in res.stdout
    assert not res.stdout.lstrip().startswith("{")


def test_standard_input(article: Path) -> None:
    res = run("extract", "-", "--format", "jsonl", stdin=article.read_bytes())
    assert res.returncode == 0
    assert json.loads(res.stdout)["text"].startswith("Ruritania")


@pytest.mark.parametrize("make, problem", [
    (lambda d: d / "missing.txt", "no such file"),
    (lambda d: (d / "empty.txt").write_text("") and d / "empty.txt" or d / "empty.txt", "empty"),
    (lambda d: (d / "blob.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00") and d / "blob.bin", "binary"),
    (lambda d: (d / "big.txt").write_text("word " * 1_100_000) and d / "big.txt", "too large"),
    (lambda d: d, "directory"),
])
def test_a_bad_file_gives_one_clear_line_and_exit_2(tmp_path: Path, make, problem: str) -> None:
    bad = make(tmp_path)
    res = run("extract", str(bad))
    assert res.returncode == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1, res.stderr
    assert str(bad) in lines[0] and problem in lines[0]
    assert "Traceback" not in res.stderr


def test_bad_files_in_a_batch_are_reported_and_the_rest_processed(article: Path, tmp_path: Path) -> None:
    res = run("extract", str(tmp_path / "nope.txt"), str(article), "--format", "jsonl")
    assert res.returncode == 2
    assert "nope.txt" in res.stderr and "no such file" in res.stderr
    assert json.loads(res.stdout)["source"]["path"] == str(article)


def test_bad_published_date_is_a_clear_error(article: Path) -> None:
    res = run("extract", str(article), "--published", "yesterday")
    assert res.returncode == 2 and "--published" in res.stderr and "Traceback" not in res.stderr
