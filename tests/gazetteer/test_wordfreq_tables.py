"""The committed tables made from wordfreq (`data/common_places.tsv`, `data/common_words.tsv`) are
exactly what their scripts in `scripts/` make now."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", ["common_places", "common_words"])
def test_committed_table_equals_fresh_regeneration(name: str, tmp_path: Path) -> None:
    if importlib.util.find_spec("wordfreq") is None:
        pytest.skip("regeneration needs wordfreq (pip install -e '.[build]')")
    committed = (ROOT / "src" / "legation" / "data" / f"{name}.tsv").read_text(encoding="utf-8")
    recorded = re.match(r"# wordfreq (\S+);", committed)
    if recorded is None or recorded.group(1) != metadata.version("wordfreq"):
        pytest.skip("the table was made with another wordfreq version")
    subprocess.run([sys.executable, str(ROOT / "scripts" / f"build_{name}.py"), "--out", str(tmp_path)],
                   check=True, capture_output=True)
    assert (tmp_path / f"{name}.tsv").read_text(encoding="utf-8") == committed, \
        f"{name}.tsv is stale: run python scripts/build_{name}.py"
