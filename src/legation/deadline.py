"""The time budget of one document: a deadline that the pipeline's loops check as they go.

A cooperative check, not a signal or a timer thread: it works the same in the calling
thread, in a worker process and in a Dask worker thread, and stops a document only at
a point where nothing is half-written. The deadline lives in a context variable, so
each thread (and each nested pipeline run) has its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from time import monotonic

from .errors import TooSlow

_DEADLINE: ContextVar[tuple[float, float] | None] = ContextVar("legation_deadline", default=None)


@contextmanager
def within(seconds: float) -> Iterator[None]:
    """Run the block with a budget of `seconds` (0: none); `check()` inside it raises `TooSlow` once it is spent."""
    token = _DEADLINE.set((monotonic() + seconds, seconds) if seconds > 0 else None)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def check() -> None:
    """Raise `TooSlow` when the current budget is spent (cheap: call it in loops)."""
    deadline = _DEADLINE.get()
    if deadline is not None and monotonic() > deadline[0]:
        raise TooSlow(deadline[1])
