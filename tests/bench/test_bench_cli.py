"""`legation bench` on a tiny corpus: the table a user reads, with real (positive) figures."""

from __future__ import annotations

import json
import re

from legation.cli import main


def test_bench_prints_the_table_with_positive_figures(capsys) -> None:
    status = main(["bench", "--docs", "14", "--repeats", "1", "--what", "extract,workers",
                   "--workers", "2"])
    out = capsys.readouterr().out
    assert status == 0
    for heading in ("docs/s", "MB/s", "peak MB", "vs 1 core", "stage shares", "machine:"):
        assert heading in out
    rows = {m.group(1): m for m in re.finditer(
        r"^extract\s+(inprocess|processes)\s+(\d+)\s+([\d.]+)\s+\S+\s+([\d.]+)\s+(\d+)", out, re.M)}
    assert set(rows) == {"inprocess", "processes"}, out
    for row in rows.values():
        assert float(row.group(3)) > 0 and float(row.group(4)) > 0 and int(row.group(5)) > 0
    assert rows["processes"].group(2) == "2"
    # Every stage of the pipeline gets a share, and the shares add up to the whole.
    shares = re.search(r"stage shares.*\n\s+(.+)", out).group(1)
    percents = [int(p) for p in re.findall(r"(\d+)%", shares)]
    assert "entities" in shares and 95 <= sum(percents) <= 105


def test_bench_json_and_an_unavailable_comparison_is_skipped_with_a_note(capsys) -> None:
    assert main(["bench", "--docs", "7", "--repeats", "2", "--what", "extract,compare",
                 "--langs", "en,de", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    extract = report["rows"][0]
    assert extract["repeats"] == 2 and extract["docs_per_s"] > 0 and extract["peak_mb"] > 0
    assert extract["docs_per_s_min"] <= extract["docs_per_s"] <= extract["docs_per_s_max"]
    spacy = report["rows"][-1]
    assert spacy["label"].startswith("spaCy")
    assert spacy["repeats"] > 0 or spacy["note"].startswith("skipped")


def test_bench_refuses_unknown_measurements_and_languages(capsys) -> None:
    assert main(["bench", "--what", "extract,warp"]) == 2
    assert "warp" in capsys.readouterr().err
    assert main(["bench", "--langs", "en,xx"]) == 2
    assert "xx" in capsys.readouterr().err


def test_bench_reports_every_language_with_a_corpus(capsys) -> None:
    # A language that gains a corpus.toml is measured with no code change: the bench's languages
    # come from the resources, and each gets its own documents/s on one core.
    from legation.bench.corpus import available_languages

    langs = available_languages()
    assert main(["bench", "--docs", str(2 * len(langs)), "--repeats", "1", "--what", "extract"]) == 0
    out = capsys.readouterr().out
    section = out.split("per language", 1)[1].split("\n\n", 1)[0]
    named = {lang: (int(rate), int(cpu)) for lang, rate, cpu in
             re.findall(r"\b([a-z]{2,3}(?:-[A-Za-z]+)?)\s+(\d+)!?\s+(\d+) \(2\)", section)}
    assert set(named) == set(langs), section
    assert all(rate > 0 and cpu > 0 for rate, cpu in named.values())
    assert "slowest:" in section

    assert main(["bench", "--docs", str(len(langs)), "--repeats", "2", "--what", "extract", "--json"]) == 0
    row = json.loads(capsys.readouterr().out)["rows"][0]
    assert set(row["langs_docs_per_s"]) == set(langs) == set(row["langs_docs_per_cpu_s"])
    assert all(rate > 0 for rate in row["langs_docs_per_s"].values())


def test_bench_per_language_figures_cover_only_the_languages_asked_for(capsys) -> None:
    assert main(["bench", "--docs", "6", "--repeats", "1", "--what", "extract", "--langs", "de,kk",
                 "--json"]) == 0
    row = json.loads(capsys.readouterr().out)["rows"][0]
    assert set(row["langs_docs_per_s"]) == {"de", "kk"}
