"""`legation extract`: read articles, print their records."""

from __future__ import annotations

import argparse
import json
import sys

from ..document import Document
from ..errors import InputError
from ..extract import extract, extract_path
from .common import settings_from


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="read articles and print their records",
                       description="Read one or more articles (text or HTML; '-' for standard input) "
                                   "and print the legation/1 record of each.")
    p.add_argument("files", nargs="+", metavar="FILE", help="article files, or - for standard input")
    p.add_argument("--format", choices=("json", "jsonl", "text"), default="json")
    p.add_argument("--published", metavar="DATE", help="publication date (YYYY-MM-DD)")
    p.add_argument("--url", help="where the article came from")
    p.add_argument("--lang", metavar="CODE", help="language code, to skip identification")
    p.add_argument("--until", metavar="STAGE", help="stop after this pipeline stage")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    if args.published:
        _check_date(args.published)
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
        _print(doc, args.format, many)
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
            lines.append(f"  {kind + 's' if kind != 'person' else 'people'}: {'; '.join(by_kind[kind])}")
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
