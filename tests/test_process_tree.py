"""Real process trees: a killed ingest leaves no workers behind; memory stays bounded by max_bytes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

from legation.bench.corpus import write_corpus


def _descendants(pid: int) -> set[int]:
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, todo = set(), [pid]
    while todo:
        parent = todo.pop()
        children = {p for p, pp in parents.items() if pp == parent}
        found |= children
        todo.extend(children)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the process tree from /proc")
def test_kill_9_of_a_parallel_ingest_leaves_no_process_behind(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 400, seed=9)
    ingest = subprocess.Popen([sys.executable, "-m", "legation", "ingest", str(corpus),
                               "--db", str(tmp_path / "s.duckdb"), "--workers", "2"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    tree: set[int] = set()
    # Wait (up to a minute) until the pool runs: the fork server and both workers exist.
    for _ in range(600):
        tree |= _descendants(ingest.pid)
        if len(tree) >= 4 or ingest.poll() is not None:
            break
        time.sleep(0.1)
    assert ingest.poll() is None and len(tree) >= 4, "the ingest ended before its pool was running"
    os.kill(ingest.pid, signal.SIGKILL)
    ingest.wait()
    for _ in range(600):
        left = {pid for pid in tree if _alive(pid)}
        if not left:
            break
        time.sleep(0.1)
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left, f"{len(left)} of {len(tree)} processes outlived the killed ingest"


def _peak_mb(*args: str) -> tuple[int, str]:
    """Run `legation ARGS`; its exit status and its peak memory (MB), read from this child's own rusage."""
    proc = subprocess.Popen([sys.executable, "-m", "legation", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_maxrss // 1024, out


def _warc_gz(path: Path, body_size: int) -> Path:
    """A .warc.gz with one HTML response of `body_size` bytes (spaces: it compresses to almost nothing)."""
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>"
            f"\r\nWARC-Date: 2024-05-16T00:00:00Z\r\nWARC-Target-URI: https://news.example/big\r\n"
            f"Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http) + body_size}\r\n\r\n").encode()
    packer = zlib.compressobj(1, zlib.DEFLATED, 31)
    chunk = b" " * (1 << 20)
    with path.open("wb") as fh:
        fh.write(packer.compress(head + http + b"<html><body><p>"))
        left = body_size - len(b"<html><body><p>")
        while left > 0:
            fh.write(packer.compress(chunk[:min(left, len(chunk))]))
            left -= len(chunk)
        fh.write(packer.compress(b"\r\n\r\n") + packer.flush())
    return path


def test_a_gigabyte_inside_a_small_warc_gz_is_rejected_in_bounded_memory(tmp_path: Path) -> None:
    small = _warc_gz(tmp_path / "small.warc.gz", 10_000)
    big = _warc_gz(tmp_path / "big.warc.gz", 1 << 30)
    assert big.stat().st_size < 10_000_000
    base, _ = _peak_mb("ingest", str(small), "--db", str(tmp_path / "small.duckdb"))
    peak, out = _peak_mb("ingest", str(big), "--db", str(tmp_path / "big.duckdb"), "--format", "json")
    assert "too large (more than 5,000,000 bytes once decompressed)" in out
    assert peak < base + 200, f"{peak} MB for the gigabyte, {base} MB for a small page"


def test_a_json_array_is_read_an_element_at_a_time(tmp_path: Path) -> None:
    # Objects with no article are rejected as soon as they are read: what is measured is the reading.
    article = {"text": "Kazakhstan and Belarus held political consultations in Minsk on Tuesday. "
                       "The delegations discussed trade, transit and energy cooperation."}
    objects = [article] + [{"title": f"note {i}", "note": "Ж" * 1000} for i in range(20_000)]
    array, lines = tmp_path / "notes.json", tmp_path / "notes.jsonl"
    array.write_text(json.dumps(objects, ensure_ascii=False), encoding="utf-8")
    lines.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objects), encoding="utf-8")
    assert array.stat().st_size > 40_000_000
    streamed, _ = _peak_mb("ingest", str(lines), "--db", str(tmp_path / "lines.duckdb"))
    peak, out = _peak_mb("ingest", str(array), "--db", str(tmp_path / "array.duckdb"), "--format", "json")
    assert json.loads(out[out.index("{"):])["rejected"] == 20_000
    assert peak < streamed + 40, f"{peak} MB for the array, {streamed} MB for the same objects as JSON Lines"
