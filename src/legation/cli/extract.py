"""`legation extract`: read articles, print their records."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..document import Document
from ..errors import LegationError
from ..read.published import Given
from .common import engine_from, engine_options, printable, published_date, settings_from


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="read articles and print their records",
                       description="Read articles and print the legation/1 record of each. Reads what "
                                   "`legation ingest` reads: text and HTML files, JSON and JSON Lines, "
                                   "WARC and Parquet files, folders (recursively), globs, and '-' for "
                                   "standard input. It prints the records that ingest would store.")
    p.add_argument("files", nargs="+", metavar="FILE", help="inputs, or - for standard input")
    p.add_argument("--format", choices=("json", "jsonl", "text", "parquet"), default="json",
                   help="output format (parquet needs --out)")
    p.add_argument("--published", metavar="DATE", type=published_date,
                   help="publication date (YYYY-MM-DD); it overrides a date the input states "
                        "(a JSON field, HTML metadata). `legation ingest --published` only fills in "
                        "inputs that state none")
    p.add_argument("--url", help="where the article came from")
    p.add_argument("--lang", metavar="CODE", help="language code, to skip identification")
    p.add_argument("--until", metavar="STAGE", help="stop after this pipeline stage")
    batch = p.add_argument_group("batch extraction", "many files at once, in parallel")
    engine_options(batch)
    batch.add_argument("--out", metavar="FILE|DIR", help="write records here (JSONL or Parquet; a folder "
                       "gets numbered part files) instead of printing them")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Extract every input through the engine asked for; print the records or write them to --out."""
    from ..batch import Options, as_json, outcomes, warm
    from ..outputs import RecordWriter
    from ..read.inputs import iter_inputs

    settings = settings_from(args)
    if args.format == "parquet" and not args.out:
        raise LegationError("--format parquet writes files: give --out FILE or --out DIR")
    engine = engine_from(args)
    writer = RecordWriter(args.out, "parquet" if args.format == "parquet" else "jsonl") if args.out else None
    given = Given(args.published, overrides=True) if args.published else None
    items = iter_inputs(args.files, published=given, settings=settings)
    options = Options(settings=settings, lang=args.lang, until=args.until, url=args.url, shape=as_json)
    many = len(args.files) > 1 or any(Path(f).is_dir() for f in args.files if f != "-")
    status = 0
    try:
        with engine.start(warm=warm) as executor:
            for done in outcomes(executor, items, options):
                if done.record_json is None:
                    print(f"legation: {printable(done.input)}: {printable(done.reason or 'rejected')}",
                          file=sys.stderr)
                    status = 2
                if writer is not None:
                    writer.write(done)
                elif done.record_json is None:
                    pass
                elif args.format == "jsonl":
                    print(done.record_json)
                elif args.format == "text":
                    _print(Document.from_dict(json.loads(done.record_json)), args.format, many)
                else:
                    print(json.dumps(json.loads(done.record_json), ensure_ascii=False, indent=2))
    finally:
        if writer is not None:
            writer.close()
    if writer is not None:
        print(f"legation: {writer.written} records written to {printable(str(args.out))}", file=sys.stderr)
    return status


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
    lines = [f"{printable(src.path or src.url or '<input>')}  [{doc.lang} {doc.lang_confidence:.2f}]"
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
