"""`legation ingest`, the questions asked of a store (events, event, pair, figures, export, stats, rejects), `compact` and `repair-store`."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import InputError, LegationError
from .common import engine_from, engine_options, printable, published_date, settings_from

_FORMATS = ("table", "csv", "json")
_CELL = 48          # widest table cell before it is cut


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="read articles into the database",
                       description="Read files, folders (recursively), globs, JSON/JSONL, WARC and Parquet "
                                   "files, extract every article and store it: the records `legation "
                                   "extract` prints for the same inputs. Safe to re-run: what is stored "
                                   "is skipped, an interrupted run resumes.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    _db(p)
    p.add_argument("--published", metavar="DATE", type=published_date,
                   help="publication date (YYYY-MM-DD) for inputs that state none; a date the input "
                        "states (a JSON field, HTML metadata) wins. `legation extract --published` "
                        "overrides instead")
    engine_options(p)
    p.add_argument("--parts", metavar="DIR", help="also write every outcome as Parquet parts in this folder "
                   "(DuckDB, Spark and pandas read them; `legation ingest DIR` loads them into another store)")
    p.add_argument("--progress", action="store_true", help="show progress even when stderr is not a terminal")
    p.add_argument("--format", choices=("text", "json"), default="text", help="summary format")
    p.set_defaults(func=run_ingest)

    p = sub.add_parser("events", help="merged events (one row per happening, however many reports)")
    _db(p)
    p.add_argument("--pair", metavar="A-B", help="two actor codes, either direction (KAZ-BEL)")
    p.add_argument("--type", metavar="TYPE", help="PLOVER type (CONSULT, ACCUSE, ...)")
    p.add_argument("--since", metavar="DATE")
    p.add_argument("--until", metavar="DATE")
    p.add_argument("--lang", metavar="CODE", help="reported in this language")
    p.add_argument("--limit", type=int, metavar="N")
    p.add_argument("--domestic", action="store_true",
                   help="domestic events (one country on both sides: police and protesters, army and rebels) "
                        "instead of international ones")
    _fmt(p)
    p.set_defaults(func=run_events)

    p = sub.add_parser("event", help="the reports one merged event is made of, with their evidence")
    p.add_argument("id", help="a merged event id (from `legation events`)")
    _db(p)
    _fmt(p)
    p.set_defaults(func=run_event)

    p = sub.add_parser("pair", help="the relationship of two countries: events, score, officials, figures")
    p.add_argument("a", metavar="A")
    p.add_argument("b", metavar="B")
    p.add_argument("--domestic", action="store_true",
                   help="domestic events instead of international ones (give the country twice: NGA NGA)")
    _db(p)
    _fmt(p)
    p.set_defaults(func=run_pair)

    p = sub.add_parser("figures", help="stated trade figures by period, with their flags")
    _db(p)
    p.add_argument("--pair", metavar="A-B")
    p.add_argument("--metric", metavar="METRIC", help="trade_turnover, exports, imports, growth_pct, ...")
    _fmt(p)
    p.set_defaults(func=run_figures)

    p = sub.add_parser("export", help="write events, mentions, figures and flags to files")
    _db(p)
    p.add_argument("--format", choices=("parquet", "csv", "jsonl"), default="parquet")
    p.add_argument("--out", required=True, metavar="DIR")
    p.set_defaults(func=run_export)

    p = sub.add_parser("stats", help="what the database holds")
    _db(p)
    _fmt(p)
    p.set_defaults(func=run_stats)

    p = sub.add_parser("compact", help="rewrite the database's tables into fewer, fuller row groups")
    _db(p)
    p.set_defaults(func=run_compact)

    p = sub.add_parser("repair-store", help="remove documents whose rows cannot be merged (numbers "
                                            "that are not finite, stored by an older legation)")
    _db(p)
    p.set_defaults(func=run_repair)

    p = sub.add_parser("rejects", help="inputs that could not be stored, and why")
    _db(p)
    _fmt(p)
    p.set_defaults(func=run_rejects)


def _db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="FILE", help="database file (default: the `db` setting, legation.duckdb)")


def _fmt(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=_FORMATS, default="table")


def _db_path(args: argparse.Namespace) -> str:
    return args.db or settings_from(args).db


def _open(args: argparse.Namespace) -> Any:
    from ..store.core import open_settled

    # An ingest killed before it merged its last reports: they are merged now, unless
    # another process is writing (then its own end-of-run merge will do it).
    store, problem = open_settled(_db_path(args))
    if problem:
        print(f"legation: {problem}", file=sys.stderr)
    return store


# --- commands --------------------------------------------------------------------------------

def run_ingest(args: argparse.Namespace) -> int:
    from ..alerts import run_rules
    from ..read.published import Given
    from ..store import Store
    from ..store.ingest import ingest

    settings = settings_from(args)
    engine = engine_from(args)
    show = args.progress or sys.stderr.isatty()
    with Store(args.db or settings.db) as store:
        summary = ingest(store, args.paths, published=Given(args.published, overrides=False) if args.published
                         else None, engine=engine, settings=settings, parts=args.parts,
                         progress=_progress if show else None)
        # The alert rules see what this ingest added (their lines go beside a JSON summary).
        run_rules(store, out=sys.stderr if args.format == "json" else sys.stdout)
    if show:
        print(file=sys.stderr)
    if summary.rejected and not summary.ingested and not summary.present:
        # Nothing could be read at all: one line saying why, and a failing exit status.
        input_, reason = summary.examples[0]
        raise LegationError(f"{printable(input_)}: {reason}" if summary.rejected == 1
                            else f"none of {summary.rejected} inputs could be read ({printable(input_)}: "
                                 f"{reason}; see `legation rejects`)")
    if args.format == "json":
        print(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(f"ingested {summary.ingested:,}, already present {summary.present:,}, "
              f"rejected {summary.rejected:,}  ({_rate(summary)} in {summary.seconds:,.1f} s)")
        for reason, n in summary.reasons.most_common():
            print(f"  rejected {n:,}: {reason}")
        if summary.rejected:
            print("  (see `legation rejects`)")
    return 0


def _rate(summary: Any) -> str:
    """Documents per second, with a decimal when small (a run of a few files should not read "0")."""
    rate = summary.docs_per_second
    return f"{rate:,.0f} documents/s" if rate >= 10 else f"{rate:.1f} documents/s"


def _progress(summary: Any) -> None:
    print(f"\r  {summary.seen:,} documents: {summary.ingested:,} new, {summary.present:,} present, "
          f"{summary.rejected:,} rejected  {_rate(summary)}   ",
          end="", file=sys.stderr, flush=True)


def run_events(args: argparse.Namespace) -> int:
    with _open(args) as store:
        rows = store.events(pair=args.pair, type=args.type, since=args.since, until=args.until,
                            lang=args.lang, limit=args.limit, domestic=args.domestic)
    columns = ("id", "date", "type", "mode", "source", "target", "place", "mentions", "sources",
               "languages", "first_report", "last_report")
    if args.domestic:
        columns = columns[:5] + ("source_sector", "target", "target_sector") + columns[6:]
    emit(rows, args.format, columns if args.format == "table" else None)
    return 0


def run_event(args: argparse.Namespace) -> int:
    with _open(args) as store:
        rows = store.reports(args.id)
    if not rows:
        raise InputError(args.id, "no merged event with this id (see `legation events`)")
    emit(rows, args.format, ("document", "lang", "published", "source", "target", "date", "place", "evidence")
         if args.format == "table" else None)
    return 0


def run_pair(args: argparse.Namespace) -> int:
    with _open(args) as store:
        relation = store.pair(args.a, args.b, domestic=args.domestic)
    if args.format == "json":
        print(json.dumps(relation, ensure_ascii=False, indent=2, default=str))
        return 0
    sections = (("events by month and type", "events_by_month", None),
                ("cooperation-conflict score by month (PLOVER intensity, -10..+10 per event)",
                 "score_by_month", None),
                ("officials involved", "officials", None),
                ("trade figures by period", "figures",
                 ("period", "kind", "metric", "reporter", "partner", "value", "unit", "document", "flags")))
    if args.format == "csv":
        # One CSV per section would need several files; the rows are tagged with their section instead.
        rows = [{"section": key, **row} for _, key, _ in sections for row in relation[key]]
        emit(rows, "csv")
        return 0
    a, b = relation["pair"]
    print(f"{a} - {b}")
    for title, key, columns in sections:
        print(f"\n{title}:")
        if relation[key]:
            emit(relation[key], "table", columns)
        else:
            print("  (none)")
    return 0


_FIGURE_KINDS = (("level", "levels"), ("change", "changes"), ("target", "targets (period: the year due)"))


def run_figures(args: argparse.Namespace) -> int:
    with _open(args) as store:
        rows = store.figures(pair=args.pair, metric=args.metric)
    if args.format != "table":
        emit(rows, args.format)
        return 0
    # Levels, changes and targets are different facts: each gets its own table.
    for n, (kind, title) in enumerate(_FIGURE_KINDS):
        mine = [r for r in rows if r["kind"] == kind]
        columns = ("period", "metric", "of", "reporter", "partner", "value", "unit", "as_written", "document",
                   "flags") if kind != "level" else ("period", "metric", "reporter", "partner", "value", "unit",
                                                     "as_written", "document", "flags")
        print(("\n" if n else "") + f"{title}:")
        emit(mine, "table", columns)
    return 0


def run_export(args: argparse.Namespace) -> int:
    with _open(args) as store:
        written = store.export(args.format, args.out)
    for table, path in written.items():
        print(f"{table}: {path}")
    return 0


def run_stats(args: argparse.Namespace) -> int:
    with _open(args) as store:
        stats = store.stats()
    if args.format == "json":
        print(json.dumps(stats, ensure_ascii=False, indent=2, default=str))
        return 0
    flat = [{"what": k, "value": ", ".join(f"{x} {n}" for x, n in v.items()) if isinstance(v, dict) else v}
            for k, v in stats.items()]
    emit(flat, args.format)
    return 0


def run_compact(args: argparse.Namespace) -> int:
    from ..store import Store

    path = _db_path(args)
    if not Path(path).exists():
        raise LegationError(f"{path}: no such database (run `legation ingest` first)")
    with Store(path) as store:
        before = store.row_groups()
        store.compact()
        after = store.row_groups()
    print(f"{path}: {before:,} row groups before, {after:,} after")
    return 0


def run_repair(args: argparse.Namespace) -> int:
    from ..store import Store

    path = _db_path(args)
    if not Path(path).exists():
        raise LegationError(f"{path}: no such database (run `legation ingest` first)")
    with Store(path) as store:
        removed = store.repair()
    for doc_id, inputs, reason in removed:
        print(f"removed {', '.join(inputs) or doc_id}: {reason}")
    if not removed:
        print(f"{path}: nothing to repair, every stored document can be merged")
    return 0


def run_rejects(args: argparse.Namespace) -> int:
    with _open(args) as store:
        rows = store.rejects()
    emit(rows, args.format)
    return 0


# --- output ----------------------------------------------------------------------------------

def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.6g}" if abs(value) < 1e6 else f"{value:,.0f}"
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    text = str(value)
    if text.startswith("sha256:") and len(text) == 71:
        return text[:19]            # a document id, shortened like a git hash (json/csv keep it whole)
    return text


def emit(rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[str] | None = None) -> None:
    """Print rows as an aligned table, CSV or JSON."""
    if fmt == "json":
        print(json.dumps(list(rows), ensure_ascii=False, indent=2, default=str))
        return
    cols = list(columns) if columns else (list(rows[0]) if rows else [])
    if fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(cols)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in cols])
        return
    if not rows:
        print("(none)")
        return
    cells = [[_cut(_cell(row.get(c))) for c in cols] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(cols)]
    print("  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip())
    for r in cells:
        print("  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip())


def _cut(text: str) -> str:
    text = printable(" ".join(text.split()))
    return text if len(text) <= _CELL else text[: _CELL - 1] + "…"
