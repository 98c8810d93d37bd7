"""Caches keyed by text that varies per document stay bounded over a long ingest."""

from __future__ import annotations

import pytest

from legation.stages.events import actors as events_actors
from legation.text import matcher
from legation.text.matcher import Lexicon, morphology


def test_entity_name_fold_cache_is_bounded() -> None:
    # Entity names come from the articles: an unbounded cache grows with the corpus.
    assert events_actors._folded.cache_info().maxsize is not None


def test_lexicon_word_tail_memo_is_bounded_and_keeps_results(monkeypatch: pytest.MonkeyPatch) -> None:
    text = " ".join(f"Samarkandlar{'ga' * k} Samarkand{'ni' * k}" for k in range(1, 12))
    expected = [(h.start, h.end) for h in Lexicon([("Samarkand", "x")], morphology("tr")).find(text)]
    monkeypatch.setattr(matcher, "TAILS_MEMO_SIZE", 4)
    lex = Lexicon([("Samarkand", "x")], morphology("tr"))
    found = [(h.start, h.end) for h in lex.find(text)]
    assert found == expected
    assert all(len(memo) <= 4 for memo in lex._tails.values())
