"""Shared fixtures: where `../shared` is, and skipping cleanly when it is not."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLE = SHARED / "examples" / "az-kaz-bel-consultations.txt"
GOLD_DEV = SHARED / "gold" / "dev"


@pytest.fixture
def example_path() -> Path:
    if not EXAMPLE.is_file():
        pytest.skip(f"{EXAMPLE} is not present (../shared beside the project)")
    return EXAMPLE


@pytest.fixture
def gold_dev() -> Path:
    if not GOLD_DEV.is_dir():
        pytest.skip(f"{GOLD_DEV} is not present (../shared beside the project)")
    return GOLD_DEV
