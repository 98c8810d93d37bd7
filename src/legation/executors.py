"""Where extraction runs: behind one small interface, in-process first.

An executor maps a picklable function over items and yields results in input
order, streaming (never holding the whole corpus). Items and results are plain
data, so they move between processes and Dask workers unchanged. `map_parts`
hands a function a whole chunk and returns one value per chunk: a worker can
then serialise a chunk's results itself (JSON lines, Parquet bytes), which
costs far less to ship back than the nested dicts of each record.

Engines:
  inprocess  this process; the reference the others must match exactly.
  processes  a local pool of worker processes (all cores of one machine).
  dask       a dask.distributed cluster: an existing scheduler, or a local one.

The parallel engines send items in chunks (one task per chunk, so the cost of
shipping a task is shared by many documents) and keep only a bounded window of
chunks in flight, so memory stays flat however long the stream is.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from itertools import islice
from typing import Any, Protocol

from .errors import LegationError, MissingExtra

ENGINES = ("inprocess", "processes", "dask")

# Documents per task: ~16 articles are ~50 ms of work, far above the ~1 ms a task costs to ship.
DEFAULT_CHUNK = 16
# Documents per Dask task: a task costs a Dask worker and scheduler a few ms of CPU, so
# chunks are larger (over 4,000 documents on 2 local workers: 439 docs/s with 64, 467 with
# 128, 455 with 256, where the last chunks leave one worker idle for longer).
DASK_CHUNK = 128
# Chunks in flight per worker: enough to keep every worker busy while results are consumed.
WINDOW_PER_WORKER = 4


class Executor(Protocol):
    name: str

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        """`fn(item)` for every item, in order, as a stream."""
        ...

    def map_parts(self, fn: Callable[[list[Any]], Any], items: Iterable[Any]) -> Iterator[Any]:
        """`fn(chunk)` for consecutive chunks of the items, in order, as a stream."""
        ...

    def close(self) -> None: ...


class _Closing:
    """Context-manager support shared by the executors."""

    def close(self) -> None:
        return None

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class InProcess(_Closing):
    """Runs everything in this process: the default, and the reference for the others."""

    name = "inprocess"
    workers = 1
    chunk = DEFAULT_CHUNK

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        for item in items:
            yield fn(item)

    def map_parts(self, fn: Callable[[list[Any]], Any], items: Iterable[Any]) -> Iterator[Any]:
        for part in _chunks(items, self.chunk):
            yield fn(part)


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _run_chunk(fn: Callable[[Any], Any], chunk: list[Any]) -> list[Any]:
    return [fn(item) for item in chunk]


def _ordered(submit: Callable[[list[Any]], Any], items: Iterable[Any], chunk: int, window: int,
             result: Callable[[Any], Any]) -> Iterator[Any]:
    """Submit chunks, keep at most `window` in flight, yield each chunk's result in input order."""
    pending: deque[Any] = deque()
    for part in _chunks(items, chunk):
        pending.append(submit(part))
        while len(pending) >= window:
            yield result(pending.popleft())
    while pending:
        yield result(pending.popleft())


def _flat(parts: Iterator[list[Any]]) -> Iterator[Any]:
    for part in parts:
        yield from part


def _start_worker(warm: Callable[[], Any] | None, pool_pid: int) -> None:
    # Runs once in each worker as it starts: die with the pool's process, load what every task needs.
    from ._lifeline import die_with

    die_with(pool_pid)
    if warm is not None:
        warm()


class ProcessPool(_Closing):
    """A local pool of worker processes, each warming its caches once and then reused.

    Workers come from a fork server (not a plain fork) so that a parent holding
    threads or a database connection cannot hand a locked state to a child. The fork
    server and the workers die with this process, however it ends (`legation._lifeline`).
    """

    name = "processes"

    def __init__(self, workers: int | None = None, *, chunk: int = DEFAULT_CHUNK,
                 window: int | None = None, warm: Callable[[], Any] | None = None,
                 preload: Iterable[str] = ("legation.extract",)) -> None:
        self.workers = max(1, workers or os.cpu_count() or 1)
        self.chunk = max(1, chunk)
        self.window = window or self.workers * WINDOW_PER_WORKER
        methods = multiprocessing.get_all_start_methods()
        if "forkserver" in methods:
            ctx = multiprocessing.get_context("forkserver")
            # Workers fork from a server that has already imported legation: cheap to start.
            ctx.set_forkserver_preload(list(preload))
        else:
            ctx = multiprocessing.get_context("spawn")
        self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=ctx,
                                         initializer=_start_worker, initargs=(warm, os.getpid()))

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        return _flat(self.map_parts(partial(_run_chunk, fn), items))

    def map_parts(self, fn: Callable[[list[Any]], Any], items: Iterable[Any]) -> Iterator[Any]:
        def submit(part: list[Any]) -> Future[Any]:
            return self._pool.submit(fn, part)

        return _ordered(submit, items, self.chunk, self.window, lambda fut: fut.result())

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


# Dask settings for the local cluster legation starts itself (a cluster given by --scheduler
# keeps its own). Each costs CPU that the extraction needs when workers have no core to spare:
# over 4,000 documents on 2 cores, the two workers used 3.3 CPU-ms per document with Dask's
# defaults and 3.1 with these, and this process 0.96 and 0.90.
LOCAL_CLUSTER_CONFIG: dict[str, Any] = {
    "distributed.worker.profile.enabled": False,             # samples each task's stack every 10 ms
    "distributed.admin.tick.interval": "500ms",              # event-loop stall detector (20 ms)
    "distributed.admin.system-monitor.interval": "2s",       # CPU and memory readings (500 ms)
    "distributed.worker.memory.monitor-interval": "1s",      # spill/pause checks (100 ms)
    "distributed.scheduler.work-stealing": False,            # equal workers, a bounded window of chunks
}


class DaskEngine(_Closing):
    """A dask.distributed cluster: the one at `scheduler`, or a local one with `workers` processes."""

    name = "dask"

    def __init__(self, workers: int | None = None, *, scheduler: str | None = None,
                 chunk: int = DASK_CHUNK, window: int | None = None,
                 warm: Callable[[], Any] | None = None, connect_timeout: str = "20s") -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise MissingExtra("the dask engine", "dask") from None
        self._cluster: Any = None
        if scheduler:
            try:
                self._client = Client(scheduler, timeout=connect_timeout)
            except (OSError, TimeoutError) as exc:
                raise LegationError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        else:
            import dask

            # A local cluster shares this machine's cores with the writing process, so its
            # own housekeeping is kept down (see `LOCAL_CLUSTER_CONFIG`).
            with dask.config.set(LOCAL_CLUSTER_CONFIG):
                self._cluster = LocalCluster(n_workers=max(1, workers or os.cpu_count() or 1),
                                             threads_per_worker=1, processes=True,
                                             dashboard_address=None)
                self._client = Client(self._cluster)
        threads = sum(self._client.nthreads().values()) or 1
        self.workers = threads
        self.chunk = max(1, chunk)
        self.window = window or threads * WINDOW_PER_WORKER
        if warm is not None:
            self._client.run(warm)

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        return _flat(self.map_parts(partial(_run_chunk, fn), items))

    def map_parts(self, fn: Callable[[list[Any]], Any], items: Iterable[Any]) -> Iterator[Any]:
        def submit(part: list[Any]) -> Any:
            # pure=False: two equal chunks are still two tasks (results are not deduplicated).
            return self._client.submit(_pickled, fn, part, pure=False)

        def result(fut: Any) -> Any:
            out = fut.result()
            fut.release()
            return pickle.loads(out)

        return _ordered(submit, items, self.chunk, self.window, result)

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def _pickled(fn: Callable[[list[Any]], Any], part: list[Any]) -> bytes:
    # A chunk's results as one pickled buffer: far cheaper for Dask to ship and load than
    # the nested values it would otherwise serialise one by one.
    return pickle.dumps(fn(part), protocol=pickle.HIGHEST_PROTOCOL)


@dataclass(frozen=True)
class Engine:
    """Where extraction runs, resolved once from what the user asked for (see `choose`)."""

    name: str = "inprocess"             # one of ENGINES
    workers: int = 1                    # worker processes (processes; dask without a scheduler)
    scheduler: str | None = None        # an existing Dask scheduler (``tcp://host:8786``)

    @classmethod
    def choose(cls, name: str | None = None, workers: int | None = None,
               scheduler: str | None = None) -> Engine:
        """The engine for these options. Without a name: dask with a scheduler, processes
        for more than one worker, else in-process. Workers 0 means one per core.

        Raises:
            LegationError: an unknown engine, a negative number of workers, or a scheduler
                given to an engine other than dask.
        """
        count = 1 if workers is None else workers
        if count < 0:
            raise LegationError(f"--workers {count}: give 0 (one per core) or more")
        if count == 0:
            count = os.cpu_count() or 1
        name = name or ("dask" if scheduler else "processes" if count != 1 else "inprocess")
        if name not in ENGINES:
            raise LegationError(f"unknown engine {name!r}; engines are: {', '.join(ENGINES)}")
        if scheduler and name != "dask":
            raise LegationError(f"--scheduler is the address of a Dask cluster: use it with --engine dask, "
                                f"not {name}")
        return cls(name, count, scheduler)

    def start(self, warm: Callable[[], Any] | None = None) -> Executor:
        """The running executor (close it when done).

        Args:
            warm: a picklable function each worker runs once before its first task.

        Raises:
            MissingExtra: the dask engine without dask installed.
            LegationError: a scheduler that cannot be reached.
        """
        if self.name == "processes" and self.workers > 1:
            return ProcessPool(self.workers, warm=warm)
        if self.name == "dask":
            return DaskEngine(self.workers, scheduler=self.scheduler, warm=warm)
        return InProcess()      # also 'processes' with one worker: no pool for one process


def make_executor(engine: str = "inprocess", *, workers: int = 1, scheduler: str | None = None,
                  warm: Callable[[], Any] | None = None) -> Executor:
    """The executor for `engine` ('inprocess', 'processes', 'dask'): `Engine.choose(...).start(warm)`."""
    return Engine.choose(engine, workers, scheduler).start(warm)
