"""One parametrised test per table: a language's file holds rows, the check lives once in <area>_rows.py.

    test_numbers = table(check_number, ROWS)

collects `test_numbers[en-1]`, `test_numbers[en-2]`, ...: the language (first item of a row) and
the row's place in its table. `bound` keyword arguments go to every call, e.g. a shared body text.
A row may be a `pytest.param(...)` to carry marks (xfail) or its own id.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest

# pytest.param's type, without importing pytest's private modules.
_PARAM = type(pytest.param())


def table(check: Callable[..., None], rows: Sequence[Any], **bound: Any) -> Callable[[tuple[Any, ...]], None]:
    """A test function that runs `check(*row, **bound)` once per row of `rows`."""
    params = []
    for n, row in enumerate(rows, 1):
        values, marks, given_id = (row.values, row.marks, row.id) if isinstance(row, _PARAM) else (row, (), None)
        params.append(pytest.param(tuple(values), marks=marks, id=given_id or f"{values[0]}-{n}"))

    @pytest.mark.parametrize("row", params)
    def test(row: tuple[Any, ...]) -> None:
        check(*row, **bound)

    test.__doc__ = check.__doc__
    return test
