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
