"""Batch extraction: the per-document work an executor ships to its workers.

Jobs and results are plain data (dicts and strings) so they cross process and
machine boundaries unchanged. A document that cannot be read is a failure
value, not an exception, so one bad file never stops a batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .errors import InputError
from .settings import DEFAULT, Settings


@dataclass(frozen=True)
class Job:
    """One article to extract: a file path, or text already read (with where it came from)."""

    path: str | None = None
    text: str | None = None
    published: str | None = None
    url: str | None = None
    lang: str | None = None
    until: str | None = None
    settings: Settings = DEFAULT


@dataclass(frozen=True)
class Outcome:
    """The record of one job, or why it has none."""

    where: str
    record: dict[str, Any] | None = None
    error: str | None = None


def warm() -> None:
    """Build the default pipeline once, so a worker's first task pays no import cost."""
    from .extract import _pipeline

    _pipeline(DEFAULT, None)


def run_job(job: Job) -> Outcome:
    """Extract one job's article; an unreadable input becomes an `Outcome` with `error`."""
    from .extract import extract, extract_path

    where = job.path or job.url or "<input>"
    try:
        if job.text is not None:
            doc = extract(job.text, published=job.published, url=job.url, lang=job.lang,
                          path=job.path, settings=job.settings, until=job.until)
        else:
            doc = extract_path(where, published=job.published, url=job.url, lang=job.lang,
                               settings=job.settings, until=job.until)
    except InputError as exc:
        return Outcome(where, error=str(exc))
    return Outcome(where, record=doc.to_dict())


def extract_item(item: dict[str, Any]) -> dict[str, Any] | None:
    """The record of one corpus item (`text`, `published`, `url`), or None when it is rejected."""
    from .extract import extract

    try:
        return extract(item["text"], published=item.get("published"), url=item.get("url")).to_dict()
    except InputError:
        return None


def run_jobs(jobs: Iterable[Job], executor: Any) -> Iterator[Outcome]:
    """Every job's outcome, in order, run by `executor` (see `legation.executors`)."""
    return executor.map(run_job, jobs)
