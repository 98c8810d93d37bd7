"""The committed `<lang>/triggers.toml` are what scripts/build_triggers.py makes from the lemmas now."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

from legation.resources.event_types import event_types

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "src" / "legation" / "resources"
SCRIPT = ROOT / "scripts" / "build_triggers.py"
LANGS = sorted(p.parent.name for p in RESOURCES.glob("*/lemmas.toml"))


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    missing = [m for m in ("simplemma", "pymorphy3", "Stemmer", "wordfreq") if importlib.util.find_spec(m) is None]
    if missing:
        pytest.skip(f"regeneration needs {', '.join(missing)} (pip install -e '.[build]')")
    recorded = (RESOURCES / "en" / "triggers.toml").read_text(encoding="utf-8").splitlines()[1]
    for name, version in (p.split("==") for p in recorded.removeprefix("# Inflected with:").split()):
        if metadata.version(name) != version:
            pytest.skip(f"cannot compare a regeneration: {name} {metadata.version(name)} is installed, "
                        f"the tables were made with {version}")
    out = tmp_path_factory.mktemp("triggers")
    subprocess.run([sys.executable, str(SCRIPT), "--out", str(out)], check=True, capture_output=True)
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_committed_triggers_equal_fresh_regeneration(fresh: Path, lang: str) -> None:
    committed = (RESOURCES / lang / "triggers.toml").read_bytes()
    assert committed == (fresh / lang / "triggers.toml").read_bytes(), \
        f"{lang}/triggers.toml is stale: run python scripts/build_triggers.py"


def test_every_kind_names_a_type_and_every_english_kind_has_words() -> None:
    kinds = tomllib.loads((RESOURCES / "plover.toml").read_text(encoding="utf-8"))["kinds"]
    assert {k["type"] for k in kinds.values()} <= set(event_types())
    english = tomllib.loads((RESOURCES / "en" / "lemmas.toml").read_text(encoding="utf-8"))["kinds"]
    assert sorted(k for k in kinds if not english.get(k)) == []


def test_a_lemma_is_matched_in_its_inflected_forms() -> None:
    words = {w for group in tomllib.loads((RESOURCES / "ru" / "triggers.toml").read_text(encoding="utf-8"))["triggers"]
             for w in group["words"]}
    assert {"отозвал ... посл*", "отозвала ... посл*"} <= words      # past forms of "отозвать"
    assert not any(w.startswith("отозванн") for w in words)          # passive participles turn roles round
