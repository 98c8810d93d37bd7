"""Where extraction runs: behind one small interface, in-process first.

An executor maps a picklable function over items and yields results in input
order, streaming (never holding the whole corpus). Items and results are plain
data, so they move between processes and Dask workers unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol


class Executor(Protocol):
    name: str

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        """`fn(item)` for every item, in order, as a stream."""
        ...

    def close(self) -> None: ...


class InProcess:
    """Runs everything in this process: the default, and the reference for the others."""

    name = "inprocess"

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        for item in items:
            yield fn(item)

    def close(self) -> None:
        return None


def make_executor(engine: str = "inprocess", *, workers: int = 1, scheduler: str | None = None) -> Executor:
    """The executor for `engine` ('inprocess', 'processes', 'dask')."""
    if engine == "inprocess" or (engine == "processes" and workers <= 1):
        return InProcess()
    raise ValueError(f"unknown engine {engine!r}")
