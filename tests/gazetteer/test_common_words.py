"""The committed `data/common_words.tsv` is exactly what `scripts/build_common_words.py` makes now."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src" / "legation" / "data" / "common_words.tsv"
SCRIPT = ROOT / "scripts" / "build_common_words.py"


def test_committed_table_equals_fresh_regeneration(tmp_path: Path) -> None:
    if importlib.util.find_spec("wordfreq") is None:
        pytest.skip("regeneration needs wordfreq (pip install -e '.[build]')")
    committed = DATA.read_text(encoding="utf-8")
    recorded = re.match(r"# wordfreq (\S+);", committed)
    if recorded is None or recorded.group(1) != metadata.version("wordfreq"):
        pytest.skip("the table was made with another wordfreq version")
    subprocess.run([sys.executable, str(SCRIPT), "--out", str(tmp_path)], check=True, capture_output=True)
    assert (tmp_path / "common_words.tsv").read_text(encoding="utf-8") == committed, \
        "common_words.tsv is stale: run python scripts/build_common_words.py"
