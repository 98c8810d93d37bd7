"""The `legation` command: thin commands over the Python API.

Each module here adds its subcommands with `register(subparsers)`.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from ..errors import LegationError, duckdb_reason

# DuckDB's words when a block lies beyond the end of the file.
SHORT_READ = "Could not read enough bytes"

_COMMAND_MODULES = ("extract", "evaluate", "bench", "store", "web", "watch")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="legation",
        description="Turn diplomatic and economic news into verified event data.",
    )
    parser.add_argument("--settings", metavar="FILE", help="settings file (TOML) instead of the user's")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _COMMAND_MODULES:
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name and exc.name.startswith(__name__):
                continue          # a command group not built yet
            raise
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:       # a usage error (argparse has printed it) or --help
        return exc.code if isinstance(exc.code, int) else 2
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except LegationError as exc:
        from .common import printable

        print(f"legation: {printable(str(exc))}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        import duckdb

        # DuckDB giving up (out of its buffer, a failed checkpoint) outside a transaction
        # legation wraps: one line, not a traceback; what was committed stays in the file.
        if isinstance(exc, (duckdb.OutOfMemoryException, duckdb.FatalException, duckdb.IOException)):
            reason = duckdb_reason(exc)
            if SHORT_READ in reason:
                # Blocks past the end of the file: a truncated copy that the length check on
                # opening could not see (its missing blocks sat among free ones).
                print(f"legation: the database file is truncated or damaged ({reason}); "
                      "restore it from a copy", file=sys.stderr)
                return 2
            print(f"legation: the database failed ({reason}); "
                  "what was committed before is kept", file=sys.stderr)
            return 2
        raise


if __name__ == "__main__":
    sys.exit(main())
