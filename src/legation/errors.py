"""Errors a user can act on: which input, what is wrong."""

from __future__ import annotations


class LegationError(Exception):
    """An expected failure, shown as one line without a traceback."""


class InputError(LegationError):
    """An input that cannot be read as an article."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem


class ResourceError(LegationError):
    """A resource file of the package (or of `LEGATION_RESOURCES`) that does not match its schema."""

    def __init__(self, file: str, key: str, problem: str) -> None:
        super().__init__(f"{file}: {key}: {problem}")
        self.file = file
        self.key = key
        self.problem = problem


class MissingExtra(LegationError):
    """An optional part is used without its extra installed."""

    def __init__(self, feature: str, extra: str) -> None:
        super().__init__(f"{feature} needs the '{extra}' extra: pip install 'legation[{extra}]'")


def duckdb_reason(exc: BaseException) -> str:
    """One line saying why DuckDB failed.

    Once DuckDB has met a fatal error it fails every later statement with "database has
    been invalidated", quoting the first error below: that first error is the reason.
    """
    text = str(exc)
    marker = "Original error:"
    if marker in text:
        original = text.split(marker, 1)[1].strip().strip('"').strip()
        if original:
            return original.splitlines()[0].strip().rstrip('"')
    return text.splitlines()[0] if text else type(exc).__name__


class TooSlow(LegationError):
    """A document's extraction ran past its time budget (`Settings.max_seconds`)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"took longer than {seconds:g} s")
        self.seconds = seconds
