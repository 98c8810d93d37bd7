"""Stage registry and pipeline: small named callables `Document -> Document`.

Each stage says what it needs (`requires`) and what it adds (`assigns`);
building a pipeline fails early when a stage's needs are not met by the
stages before it.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from . import deadline
from .document import Document
from .settings import DEFAULT, Settings

StageFn = Callable[[Document, Settings], Document]

# What the reader provides before any stage runs.
PROVIDED_BY_READER = frozenset({"raw", "source"})

# The default order; `--until NAME` cuts it after NAME. Language comes first:
# the boilerplate classifier in `clean` needs the language's stop words.
DEFAULT_PIPELINE = (
    "language", "clean", "sentences", "entities", "officials",
    "dates", "figures", "checks", "events",
)

# Modules that register stages when imported.
_STAGE_MODULES = (
    "legation.read.clean",
    "legation.lang.identify",
    "legation.text.sentences",
    "legation.stages.entities",
    "legation.stages.officials",
    "legation.stages.dates",
    "legation.stages.figures",
    "legation.stages.checks",
    "legation.stages.events",
)


@dataclass(frozen=True)
class Stage:
    name: str
    fn: StageFn
    requires: frozenset[str]
    assigns: frozenset[str]


_REGISTRY: dict[str, Stage] = {}


def stage(name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = ()) -> Callable[[StageFn], StageFn]:
    """Register `fn(doc, settings) -> doc` as the stage `name`."""

    def register(fn: StageFn) -> StageFn:
        _REGISTRY[name] = Stage(name, fn, frozenset(requires), frozenset(assigns))
        return fn

    return register


def _load_stages() -> None:
    for module in _STAGE_MODULES:
        importlib.import_module(module)


def registered() -> dict[str, Stage]:
    _load_stages()
    return dict(_REGISTRY)


class Pipeline:
    """An ordered, checked list of stages bound to one `Settings`."""

    def __init__(self, names: Iterable[str] | None = None, *, settings: Settings = DEFAULT,
                 until: str | None = None) -> None:
        stages = registered()
        order = list(names or settings.pipeline or DEFAULT_PIPELINE)
        if until is not None:
            if until not in order:
                raise ValueError(f"unknown stage {until!r}; stages are: {', '.join(order)}")
            order = order[: order.index(until) + 1]
        have = set(PROVIDED_BY_READER)
        self.stages: list[Stage] = []
        for name in order:
            if name not in stages:
                raise ValueError(f"unknown stage {name!r}; known: {', '.join(sorted(stages))}")
            st = stages[name]
            missing = st.requires - have
            if missing:
                raise ValueError(f"stage {name!r} needs {', '.join(sorted(missing))}, "
                                 "which no earlier stage assigns")
            have |= st.assigns
            self.stages.append(st)
        self.settings = settings

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    # Seconds spent in each stage, summed while this is a dict (`legation bench` sets it); None = off.
    timings: dict[str, float] | None = None

    def __call__(self, doc: Document) -> Document:
        """Run the stages on `doc`.

        Raises:
            TooSlow: the document took longer than `settings.max_seconds` (checked between
                stages and inside their loops).
        """
        with deadline.within(self.settings.max_seconds):
            if self.timings is not None:
                return self._timed(doc, self.timings)
            for st in self.stages:
                deadline.check()
                doc = st.fn(doc, self.settings)
                doc.done |= st.assigns
            return doc

    def _timed(self, doc: Document, timings: dict[str, float]) -> Document:
        clock = time.perf_counter
        for st in self.stages:
            deadline.check()
            start = clock()
            doc = st.fn(doc, self.settings)
            doc.done |= st.assigns
            timings[st.name] = timings.get(st.name, 0.0) + clock() - start
        return doc
