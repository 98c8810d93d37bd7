"""The optional web server: browse pairs, events and their evidence (`legation serve`).

Needs the `web` extra (Starlette, uvicorn, Jinja2, pygal); without it,
`create_app` raises `MissingExtra` naming the extra to install.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import MissingExtra

_WEB_MODULES = ("starlette", "uvicorn", "jinja2", "pygal", "lxml")


def create_app(db_path: str | Path) -> Any:
    """The ASGI application that serves the store at `db_path`, read-only.

    Raises:
        MissingExtra: the `web` extra is not installed.
        LegationError: `db_path` is not a store that can be opened read-only.
    """
    try:
        from .app import create_app as _create
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.split(".")[0] in _WEB_MODULES:
            raise MissingExtra("the web server", "web") from None
        raise
    return _create(db_path)


__all__ = ["create_app"]
