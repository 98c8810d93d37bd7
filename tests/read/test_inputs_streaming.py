"""A JSON Lines corpus is read line by line: memory must not grow with the size of the file."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

from legation.read.inputs import iter_inputs


def _write_corpus(path: Path, n: int) -> int:
    # Non-ASCII bodies: decoded whole, such a file costs several times its size in str objects.
    body = "Делегации обсудили торговлю и транзит. " * 60
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"text": f"{i} {body}", "published": "2024-05-01"}, ensure_ascii=False) + "\n")
    return path.stat().st_size


def test_jsonl_inputs_are_streamed_not_read_whole(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    size = _write_corpus(corpus, 2000)          # ~8 MB on disk
    tracemalloc.start()
    try:
        seen = 0
        for item in iter_inputs([str(corpus)]):
            assert item.kind == "raw"
            seen += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert seen == 2000
    # A streamed read holds one line at a time; reading the file whole held the bytes,
    # the decoded text and the list of lines for the whole ingest.
    assert peak < size / 4, f"peak {peak:,} bytes while reading a {size:,}-byte corpus"


def test_jsonl_bad_line_is_rejected_alone(tmp_path: Path) -> None:
    corpus = tmp_path / "mixed.jsonl"
    good = json.dumps({"text": "Ministers met in the capital.", "published": "2024-05-01"})
    corpus.write_bytes(b"\xef\xbb\xbf" + good.encode() + b"\n\xff\xfe not text\n{broken\n\n" + good.encode() + b"\n")
    items = list(iter_inputs([str(corpus)]))
    assert [i.kind for i in items] == ["raw", "reject", "reject", "raw"]
    assert items[1].where.endswith(":2") and "UTF-8" in items[1].reason
    assert items[2].where.endswith(":3") and "not valid JSON" in items[2].reason
