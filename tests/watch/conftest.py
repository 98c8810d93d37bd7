"""A loopback news site (tests/watch/newsroom.py) and helpers to run `legation watch` on it."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from newsroom import NewsServer  # noqa: E402


@pytest.fixture
def newsroom() -> Iterator[NewsServer]:
    with NewsServer() as server:
        yield server


def legation(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """`legation ARGS...` in a fresh process."""
    return subprocess.run([sys.executable, "-m", "legation", *args], capture_output=True, text=True,
                          timeout=timeout)
