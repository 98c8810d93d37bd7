"""Language and body boundaries."""

from __future__ import annotations

from typing import Any

from ..document import Document
from ..text.fold import fold
from .metrics import Metric, Rate


def _words(text: str) -> list[str]:
    return [w.strip(".,;:!?\"'«»“”()") for w in fold(text).split()]


def score(case: dict[str, Any], doc: Document) -> dict[str, Metric]:
    out: dict[str, Metric] = {"language": Rate(int(doc.lang == case.get("lang")), 1)}
    first = case.get("body_first_words")
    last = case.get("body_last_words")
    if first and last:
        body = _words(doc.text)
        gold_first, gold_last = _words(first), _words(last)
        # A title line may precede the body; nothing may follow it.
        starts = _find(body, gold_first)
        ok_start = starts is not None and starts <= 40 and _title_only(doc, starts)
        ok_end = len(body) >= len(gold_last) and body[-len(gold_last):] == gold_last
        out["body_start"] = Rate(int(ok_start), 1)
        out["body_end"] = Rate(int(ok_end), 1)
        out["body_exact"] = Rate(int(ok_start and ok_end), 1)
    return out


def _find(words: list[str], needle: list[str]) -> int | None:
    n = len(needle)
    for i in range(len(words) - n + 1):
        if words[i:i + n] == needle:
            return i
    return None


def _title_only(doc: Document, start_word: int) -> bool:
    """The words before the body start may only be a single headline line."""
    if start_word == 0:
        return True
    head = " ".join(doc.text.split()[:start_word])
    lines = [ln for ln in doc.text.splitlines() if ln.strip()]
    return bool(lines) and fold(" ".join(lines[0].split())).startswith(fold(head)) and "\n" not in head
