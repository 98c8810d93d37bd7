"""Helpers shared by the commands."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path
from typing import Any

from ..read.published import parse_published
from ..settings import Settings, load_settings


def settings_from(args: argparse.Namespace, **overrides: object) -> Settings:
    path = Path(args.settings) if getattr(args, "settings", None) else None
    return load_settings(dict(overrides), path=path)


def published_date(value: str) -> dt.date:
    """An argparse type: `--published` as a date, or a usage error saying why."""
    try:
        return parse_published(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


# Control characters (C0, DEL, C1) in a name a user gave us, e.g. an ANSI escape in a file name:
# shown escaped, never sent to the terminal.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """`text` with its control characters escaped (``\\x1b``), safe to print on a terminal."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def engine_options(p: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    """--engine, --workers and --scheduler, as every batch command takes them."""
    from ..executors import ENGINES

    p.add_argument("--engine", choices=ENGINES,
                   help="where extraction runs (default: processes when --workers is above 1, "
                        "dask with --scheduler, else inprocess)")
    p.add_argument("--workers", type=int, metavar="N", help="worker processes (0: one per core)")
    p.add_argument("--scheduler", metavar="ADDRESS", help="an existing Dask scheduler (tcp://host:8786)")


def engine_from(args: argparse.Namespace) -> Any:
    """The `executors.Engine` the options ask for, resolved once."""
    from ..executors import Engine

    return Engine.choose(args.engine, args.workers, args.scheduler)
