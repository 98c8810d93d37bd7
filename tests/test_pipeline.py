"""Building the pipeline fails early; a user can run part of it."""

from __future__ import annotations

import pytest

from legation import Pipeline, extract
from legation.pipeline import DEFAULT_PIPELINE, registered

TEXT = "The foreign ministers of two countries met in Geneva on Monday and discussed trade."


def test_every_default_stage_is_registered() -> None:
    assert set(DEFAULT_PIPELINE) <= set(registered())


def test_unknown_stage_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown stage"):
        Pipeline(["clean", "no-such-stage"])


def test_unmet_requirement_fails_before_running() -> None:
    with pytest.raises(ValueError, match="needs"):
        Pipeline(["clean", "events"])


def test_until_stops_after_the_named_stage() -> None:
    doc = extract(TEXT, until="sentences")
    assert doc.sentences and not doc.entities and not doc.events
    assert "entities" not in doc.done and "sentences" in doc.done


def test_the_base_install_extracts_without_numpy(tmp_path) -> None:
    # numpy comes with the optional 'reader' extra only: a plain `pip install legation`
    # must extract and ingest without it (the sentence reader is off by default).
    import subprocess
    import sys

    code = ("import sys; sys.modules['numpy'] = None\n"
            "import legation\n"
            "doc = legation.extract('The foreign ministers of Kazakhstan and Uzbekistan met in Tashkent "
            "on 11 March 2024.', published='2024-03-12', lang='en')\n"
            "print(sorted({e.type for e in doc.events}))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "CONSULT" in out.stdout
