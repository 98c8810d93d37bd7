"""How processes share one store file: one writer at a time, readers in between its batches.

DuckDB lets one process open a database file for writing, and then no other process may
open it at all, not even to read. legation shares the file by taking turns:

- A writer claims the store for its whole run (`claim_writer`: an advisory lock on a
  file beside it, `<store>.writer`, which the system drops if the process dies). A second
  writer is refused at once, and readers can tell that a run is going on (`writer_active`).
- The writer holds the database file only while it commits a batch (`Store.hold`) and
  releases it in between (`Store.sharing`), so that readers get their turn. Before it
  opens the file again it asks for its turn (`ask_for_turn`: it touches the claim's file).
- Readers open the file briefly and wait their turn when it is held (`connect`, with a
  bounded wait); the server holds it only while requests are in flight, and lets go as
  soon as those in flight end when the writer asks (`writer_waiting`).

The trade-off: every batch a writer commits closes and reopens the file (about 25 ms and a
checkpoint), and readers may wait up to one batch's commit for their answer. In return,
queries and `legation serve` keep answering during an ingest or a watch, with what was
committed so far; events merged across documents appear when the writer merges them, at
the end of its run (an ingest) or of each pass (a watch).
"""

from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path
from typing import Any

from ..errors import LegationError, duckdb_reason

READ_WAIT = 60.0      # seconds a reader waits for a writer's batch (its final merge may take long)
WRITE_WAIT = 60.0     # seconds a writer waits for readers to let go of the file
_POLL = 0.02          # seconds between attempts to open a file another process holds


def _writer_file(path: str) -> str:
    return f"{path}.writer"


def claim_writer(path: str) -> int:
    """Claim the store at `path` for writing; returns the lock's file descriptor (close it to let go).

    Raises:
        LegationError: another process is writing to the store, or the lock file beside it
            cannot be made (a missing or read-only folder).
    """
    try:
        fd = os.open(_writer_file(path), os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise LegationError(f"{path}: cannot open the database for writing ({exc.strerror})") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise LegationError(f"{path}: another legation process is writing to this store; "
                            "wait for it to finish") from None
    return fd


def writer_active(path: str) -> bool:
    """Whether a writer (an ingest, a watch) has claimed the store at `path`."""
    try:
        fd = os.open(_writer_file(path), os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def ask_for_turn(claim: int) -> None:
    """Say, through the claim's file (its modification time), that the writer waits for the file."""
    os.utime(claim)


def writer_waiting(path: str, since_ns: int) -> bool:
    """Whether the writer of `path` has asked for the file since `since_ns` (time.time_ns())."""
    try:
        return Path(_writer_file(path)).stat().st_mtime_ns > since_ns and writer_active(path)
    except OSError:
        return False


def connect(path: str, *, read_only: bool, wait: float) -> Any:
    """A DuckDB connection to `path`, waiting up to `wait` seconds while another process holds it.

    Raises:
        LegationError: the file is still held after `wait` seconds, or cannot be opened.
    """
    import duckdb

    deadline = time.monotonic() + wait
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as exc:
            held = "Could not set lock" in str(exc)
            if held and time.monotonic() < deadline:
                time.sleep(_POLL)
                continue
            if held:
                raise LegationError(f"{path}: another process has held the store for over {wait:.0f} s; "
                                    "try again when it has finished") from None
            raise LegationError(f"{path}: cannot open the database ({duckdb_reason(exc)})") from None
        except duckdb.Error as exc:
            raise LegationError(f"{path}: not a legation database ({duckdb_reason(exc)})") from None
