"""Language resources are checked against `resources/schema.py`; each language has what its level needs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from importlib import resources as ir
from pathlib import Path

import pytest

from legation import resources
from legation.errors import ResourceError
from legation.resources.schema import FILES, LEVELS, ORG, WORDS, MapOf, Table
from legation.schema import shipped_schema

TESTS = Path(__file__).resolve().parents[1]
# The per-language test tables (tests/lang/<lang>/test_<area>.py) each level's files call for.
LEVEL_TESTS = {
    "identification": (),
    "entities": ("boilerplate", "sentences", "entities", "officials"),
    "full": ("dates", "numbers", "events", "figures"),
}


def test_every_language_has_what_its_level_needs() -> None:
    report = {}
    for lang in resources.languages():
        missing = resources.lacks(lang)
        level = resources.support(lang)
        if level is not None:
            order = list(LEVELS)
            areas = [a for lv in order[:order.index(level) + 1] for a in LEVEL_TESTS[lv]]
            missing += [f"tests/lang/{lang}/test_{a}.py" for a in areas
                        if not (TESTS / "lang" / lang / f"test_{a}.py").is_file()]
        if missing:
            report[f"{lang} ({level})"] = missing
    assert report == {}, "\n".join(f"{lang} lacks {', '.join(items)}" for lang, items in report.items())


def test_levels_name_every_language_folder() -> None:
    assert set(resources.supporting("identification")) == set(resources.languages())
    assert set(resources.supporting("full")) <= set(resources.supporting("entities"))


def test_a_table_names_the_file_and_key_it_rejects() -> None:
    shape = Table(required={"words": WORDS}, optional={"more": MapOf(WORDS)})
    shape.check({"words": ["a"], "more": {"x": ["b"]}}, "xx/f.toml", "")
    with pytest.raises(ResourceError, match=r"^xx/f.toml: wrods: unknown key \(known: more, words\)"):
        shape.check({"words": ["a"], "wrods": ["b"]}, "xx/f.toml", "")
    with pytest.raises(ResourceError, match=r"^xx/f.toml: words: missing"):
        shape.check({}, "xx/f.toml", "")
    with pytest.raises(ResourceError, match=r"^xx/f.toml: more.x\[1\]: must be a string"):
        shape.check({"words": [], "more": {"x": ["b", 2]}}, "xx/f.toml", "")


def _copy(tmp_path: Path) -> Path:
    root = tmp_path / "resources"
    shutil.copytree(str(ir.files("legation.resources")), root, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return root


def _run(root: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], input=stdin, capture_output=True, text=True, timeout=300,
                          env={**os.environ, resources.RESOURCES_ENV: str(root)})


@pytest.mark.parametrize("file,change,message", [
    ("en/events.toml", ("negations =", "negatons ="), "en/events.toml: cues.negatons: unknown key"),
    ("en/sentences.toml", (None, "ordinal_dot = false\n"), "en/sentences.toml: abbreviations: missing"),
    ("en/morphology.toml", ("max_suffixes = ", "max_suffixes = 1.5 # "),
     "en/morphology.toml: inflection.max_suffixes: must be an integer"),
])
def test_a_misspelt_missing_or_mistyped_key_fails_naming_file_and_key(tmp_path: Path, file: str,
                                                                    change: tuple[str | None, str], message: str) -> None:
    root = _copy(tmp_path)
    path = root / file
    text = path.read_text(encoding="utf-8")
    old, new = change
    assert old is None or old in text
    path.write_text(new if old is None else text.replace(old, new, 1), encoding="utf-8")
    res = _run(root, "-m", "legation", "extract", "-", "--lang", "en",
               stdin="Kazakhstan and Belgium held political consultations in Brussels on Friday.\n")
    assert res.returncode != 0
    assert message in res.stderr


def test_a_new_language_is_told_what_it_lacks(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    (root / "sq").mkdir()
    (root / "sq" / "language.toml").write_text('support = "entities"\n', encoding="utf-8")
    (root / "sq" / "sentences.toml").write_text('abbreviations = ["np."]\n', encoding="utf-8")
    (root / "sq" / "notes.toml").write_text('x = 1\n', encoding="utf-8")
    res = _run(root, "-c", "from legation import resources; print(resources.supporting('entities')); "
                           "print(resources.lacks('sq'))")
    assert res.returncode == 0, res.stderr
    listed, lacks = res.stdout.splitlines()
    assert "'sq'" in listed
    assert lacks == str(["boilerplate.toml", "morphology.toml", "demonyms.toml", "orgs.toml", "roles.toml",
                         "places.toml", "notes.toml (not declared in resources/schema.py)"])


def test_organisation_codes_are_codes_the_record_allows() -> None:
    """An org code in orgs.toml that the record's JSON Schema would reject fails on load instead."""
    entity = shipped_schema()["properties"]["entities"]["items"]
    (code,) = [rule["then"]["properties"]["code"]["pattern"] for rule in entity["allOf"]
               if "code" in rule["then"].get("properties", {})]
    assert code == f"^{ORG}$"
    with pytest.raises(ResourceError, match=r"^xx/orgs.toml: names.ARAB_LEAGUE: key must match"):
        FILES["orgs"].check({"names": {"ARAB_LEAGUE": ["Arab League"]}}, "xx/orgs.toml", "")
