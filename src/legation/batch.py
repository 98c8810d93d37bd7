"""The one worker function: an `Input` in, an `Outcome` out, whatever the engine and the output.

`legation extract` and `legation ingest` read through `read.inputs`, run `work`
on every input through an executor (`outcomes`), and differ only in where the
outcomes go (`legation.outputs`, or the store). Inputs, options and outcomes
are plain data, so they cross process and machine boundaries unchanged. A
document that cannot be read or extracted is an outcome with a reason, never
an exception: one bad input never stops a batch. Anything that bounds a
document's work (a time budget, a size) belongs here, where it meets the outcome.
"""

from __future__ import annotations

import gc
import json
import math
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

from .errors import InputError, LegationError
from .outcome import Outcome
from .read.inputs import Input
from .settings import DEFAULT, Settings


@dataclass(frozen=True)
class Options:
    """How every input of a run is extracted, and what a worker sends back."""

    settings: Settings = DEFAULT
    lang: str | None = None        # the inputs' language, to skip identification
    until: str | None = None       # the last pipeline stage to run
    url: str | None = None         # where the inputs came from, when they do not say
    # Turns an outcome into what the output consumes, in the worker (a picklable function):
    # e.g. the store's rows, which cost less to ship and leave the writing process less to do.
    shape: Callable[[Outcome], Outcome] | None = None


def work(item: Input, options: Options = Options()) -> Outcome:
    """Extract one input (or check one record) into its `Outcome`; never raises for a bad input."""
    from .document import Document
    from .extract import _pipeline
    from .read import read_input
    from .schema import record_problem

    if item.kind == "reject":
        return Outcome(item.key, item.where, reason=item.reason or "rejected")
    try:
        if item.kind == "record":
            assert item.record is not None
            problem = record_problem(item.record)
            if problem is not None:
                return Outcome(item.key, item.where, reason=f"not a valid legation/1 record ({problem})")
            # Through the Document so the id is recomputed from the text, never trusted.
            record = Document.from_dict(item.record).to_dict()
        else:
            assert item.data is not None
            doc = read_input(item.data, path=item.path, url=item.url or options.url, title=item.title,
                             published=item.published, published_default=item.published_default,
                             settings=options.settings)
            if options.lang:
                doc.lang, doc.lang_confidence = options.lang, 1.0
            record = _pipeline(options.settings, options.until)(doc).to_dict()
        try:
            # Serialised here, in the worker, so parallel engines share the cost; outputs reuse it.
            text = json.dumps(record, ensure_ascii=False, allow_nan=False)
        except ValueError:
            # A number JSON cannot hold, which no store could merge: name where it is (the walk
            # runs only for such a record, not for every one).
            bad = _not_finite(record)
            if bad is None:
                raise
            return Outcome(item.key, item.where, reason=f"{bad} holds a number that is not finite")
    except InputError as exc:
        return Outcome(item.key, item.where, reason=exc.problem)
    except LegationError as exc:
        return Outcome(item.key, item.where, reason=str(exc))
    except RecursionError:
        return Outcome(item.key, item.where, reason="nested too deeply to read")
    except Exception as exc:        # a bug in a stage must not stop a corpus of thousands
        return Outcome(item.key, item.where, reason=f"extraction failed ({type(exc).__name__}: {exc})")
    done = Outcome(item.key, item.where, record=record, record_json=text)
    return options.shape(done) if options.shape is not None else done


def _not_finite(value: Any, where: str = "") -> str | None:
    """Where `value` (a record, or a part of one) holds infinity or NaN ("figures.value"), or None."""
    if isinstance(value, float):
        return where if not math.isfinite(value) else None
    if isinstance(value, dict):
        items: Iterable[tuple[str, Any]] = ((f"{where}.{k}" if where else str(k), v) for k, v in value.items())
    elif isinstance(value, list):
        items = ((where, v) for v in value)
    else:
        return None
    for at, v in items:
        found = _not_finite(v, at)
        if found is not None:
            return found
    return None


def as_json(done: Outcome) -> Outcome:
    """An outcome that carries its record as JSON text only (what files and stdout take)."""
    if done.record is None:
        return done
    return replace(done, record=None, document_id=done.record["id"])


def work_chunk(items: list[Input], options: Options) -> list[Outcome]:
    """`work` over a chunk of inputs: one task of a parallel engine."""
    return [work(item, options) for item in items]


def outcomes(executor: Any, items: Iterable[Input], options: Options) -> Iterator[Outcome]:
    """Every input's outcome, in input order, extracted by `executor` a chunk per task."""
    for part in executor.map_parts(partial(work_chunk, options=options), items):
        yield from part


def warm() -> None:
    """Load everything extraction needs, so that a worker's first real task runs at full speed.

    Building the pipeline is not enough: each language's lexicons and the gazetteers load
    on first use (about a second in all). Running the pipeline once per language, on text
    made of that language's own resource words, loads them.
    """
    from . import resources
    from .document import Document
    from .extract import _pipeline

    pipeline = _pipeline(DEFAULT, None)
    for lang in resources.languages():
        doc = Document(raw=_sample(lang))
        doc.lang, doc.lang_confidence = lang, 1.0
        try:
            pipeline(doc)
        except LegationError:
            pass
    # What was loaded stays for the worker's life: kept out of the cyclic collector's sight, so that
    # a full collection does not walk most of a million resource objects again (up to a second).
    gc.freeze()


def _sample(lang: str) -> str:
    """A few lines of `lang`'s own words (its month names, say): enough for every stage to
    load what it needs for the language."""
    from . import resources

    words: list[str] = []
    for name in ("dates", "events", "roles"):
        _words(resources.load(lang, name), words)
    line = " ".join(words[:60]) or lang
    return "\n\n".join([f"{line} 2024 12.5%"] * 3)


def _words(value: Any, into: list[str]) -> None:
    if len(into) >= 60:
        return
    if isinstance(value, str) and value.isalpha():
        into.append(value)
    elif isinstance(value, dict):
        for v in value.values():
            _words(v, into)
    elif isinstance(value, list):
        for v in value:
            _words(v, into)
