"""`legation extract`: read articles, print their records."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from ..document import Document
from ..errors import InputError, LegationError, TooSlow
from ..extract import extract, extract_path
from ..settings import Settings
from .common import settings_from


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="read articles and print their records",
                       description="Read one or more articles (text or HTML; '-' for standard input) "
                                   "and print the legation/1 record of each.")
    p.add_argument("files", nargs="+", metavar="FILE", help="article files, or - for standard input")
    p.add_argument("--format", choices=("json", "jsonl", "text", "parquet"), default="json",
                   help="output format (parquet needs --out)")
    p.add_argument("--published", metavar="DATE", help="publication date (YYYY-MM-DD)")
    p.add_argument("--url", help="where the article came from")
    p.add_argument("--lang", metavar="CODE", help="language code, to skip identification")
    p.add_argument("--until", metavar="STAGE", help="stop after this pipeline stage")
    batch = p.add_argument_group("batch extraction", "many files at once, in parallel; a FILE that is "
                                 "a folder stands for the files under it")
    batch.add_argument("--engine", choices=("inprocess", "processes", "dask"),
                       help="where extraction runs (processes when --workers is above 1)")
    batch.add_argument("--workers", type=int, metavar="N", help="worker processes (0: one per core)")
    batch.add_argument("--scheduler", metavar="ADDRESS", help="an existing Dask scheduler (tcp://host:8786)")
    batch.add_argument("--out", metavar="FILE|DIR", help="write records here (JSONL or Parquet; a folder "
                       "gets numbered part files) instead of printing them")
    p.set_defaults(func=run)


def _batch_wanted(args: argparse.Namespace) -> bool:
    return bool(args.engine or args.workers is not None or args.scheduler or args.out
                or args.format == "parquet")


def run(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    if args.published:
        _check_date(args.published)
    if _batch_wanted(args):
        return run_batch(args, settings)
    status = 0
    many = len(args.files) > 1
    for name in args.files:
        try:
            if name == "-":
                doc = extract(sys.stdin.buffer.read(), published=args.published, url=args.url,
                              lang=args.lang, path="<stdin>", settings=settings, until=args.until)
            else:
                doc = extract_path(name, published=args.published, url=args.url, lang=args.lang,
                                   settings=settings, until=args.until)
        except InputError as exc:
            print(f"legation: {exc}", file=sys.stderr)
            status = 2
            continue
        except TooSlow as exc:
            print(f"legation: {name}: {exc}", file=sys.stderr)
            status = 2
            continue
        _print(doc, args.format, many)
    return status


def run_batch(args: argparse.Namespace, settings: Settings) -> int:
    """Extract many inputs through an executor; records are identical to the one-by-one path."""
    from ..batch import Job, RecordWriter, expand_paths, extract_rows, warm
    from ..executors import engine_for, make_executor
    from ..read.input import read_file

    if args.format == "parquet" and not args.out:
        raise LegationError("--format parquet writes files: give --out FILE or --out DIR")
    workers = 1 if args.workers is None else args.workers
    engine = engine_for(args.engine, workers, args.scheduler)

    def jobs() -> Iterator[Job]:
        common = {"published": args.published, "url": args.url, "lang": args.lang,
                  "until": args.until, "settings": settings}
        for name in expand_paths(args.files):
            if name == "-":
                yield Job(path="<stdin>", text=sys.stdin.buffer.read(), **common)
            elif engine == "dask":
                # A cluster's workers may not see this machine's files: send the bytes.
                try:
                    yield Job(path=name, text=read_file(name, settings), **common)
                except InputError as exc:
                    yield Job(path=name, error=str(exc), **common)
            else:
                yield Job(path=name, **common)

    writer = RecordWriter(args.out, "parquet" if args.format == "parquet" else "jsonl") if args.out else None
    status = 0
    many = len(args.files) > 1 or any(Path(f).is_dir() for f in args.files if f != "-")
    with make_executor(engine, workers=workers, scheduler=args.scheduler, warm=warm) as executor:
        try:
            for part in executor.map_parts(extract_rows, jobs()):
                for _where, error, row in part:
                    if row is None:
                        print(f"legation: {error}", file=sys.stderr)
                        status = 2
                    elif writer is not None:
                        writer.write_row(row)
                    elif args.format == "jsonl":
                        print(row["record"])
                    elif args.format == "text":
                        _print(Document.from_dict(json.loads(row["record"])), args.format, many)
                    else:
                        print(json.dumps(json.loads(row["record"]), ensure_ascii=False, indent=2))
        finally:
            if writer is not None:
                writer.close()
    if writer is not None:
        print(f"legation: {writer.written} records written to {args.out}", file=sys.stderr)
    return status


def _check_date(value: str) -> None:
    import datetime

    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        raise InputError("--published", f"{value!r} is not a date (YYYY-MM-DD)") from None


def _print(doc: Document, fmt: str, many: bool) -> None:
    if fmt == "jsonl":
        print(json.dumps(doc.to_dict(), ensure_ascii=False))
    elif fmt == "json":
        print(json.dumps(doc.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(summary(doc))
        if many:
            print()


_PLURAL = {"country": "countries", "org": "orgs", "place": "places", "person": "people"}


def summary(doc: Document) -> str:
    """A short human-readable account of one record."""
    src = doc.source
    lines = [f"{src.path or src.url or '<input>'}  [{doc.lang} {doc.lang_confidence:.2f}]"
             f"  {len(doc.text):,} chars, {len(doc.sentences)} sentences, {len(doc.removed)} lines removed"]
    if src.title:
        lines.append(f"  title: {src.title}")
    by_kind: dict[str, list[str]] = {}
    for ent in doc.entities:
        label = ent.code or ent.name
        if ent.kind == "person":
            label = f"{ent.name} ({', '.join(x for x in (ent.role, ent.country) if x)})"
        elif ent.kind == "place":
            label = f"{ent.name} ({ent.country})"
        by_kind.setdefault(ent.kind, []).append(label)
    for kind in ("country", "org", "place", "person"):
        if kind in by_kind:
            lines.append(f"  {_PLURAL[kind]}: {'; '.join(by_kind[kind])}")
    for ev in doc.events:
        where = f" in {ev.location.name}" if ev.location else ""
        rnd = f", round {ev.round}" if ev.round else ""
        mode = f"/{ev.mode}" if ev.mode else ""
        lines.append(f"  event: {ev.type}{mode} {ev.source.code} -> {ev.target.code} "
                     f"on {ev.date or '?'}{where}{rnd}")
    for fig in doc.figures:
        lines.append(f"  figure: {fig.metric} {fig.reporter or '?'}-{fig.partner or '?'} {fig.period or '?'}"
                     f" = {fig.value:,.6g} {fig.unit or ''}  «{fig.as_written}»")
    for flag in doc.flags:
        lines.append(f"  {flag.severity}: {flag.kind}: {flag.message}")
    return "\n".join(lines)
