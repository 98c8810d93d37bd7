"""`legation watch` (follow sources into the store) and `legation alerts` (rules over it)."""

from __future__ import annotations

import argparse
import json
import signal
import threading
from typing import Any

from ..errors import InputError, LegationError
from .common import settings_from
from .store import emit


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("watch", help="follow feeds, sitemaps and URL lists into the database",
                       description="Poll the sources of SOURCES.toml, fetch every new item politely "
                                   "(robots.txt, per-host limits, conditional GET), ingest it and run the "
                                   "alert rules. Without --once it runs until stopped, one line per pass.")
    p.add_argument("sources", metavar="SOURCES.toml")
    p.add_argument("--db", metavar="FILE", help="database file (default: the `db` setting, legation.duckdb)")
    p.add_argument("--once", action="store_true", help="one pass over every source, then exit (for cron)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="pass report format")
    p.set_defaults(func=run_watch)

    p = sub.add_parser("alerts", help="alert rules: add, list, test, remove",
                       description="Rules run after every ingest and watch pass; each alert fires once.")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)
    add = verbs.add_parser("add", help="add a rule",
                           description="Exactly one of --types, --score-shift, --figure-conflict, --new-official.")
    add.add_argument("name", metavar="NAME")
    _db(add)
    what = add.add_mutually_exclusive_group(required=True)
    what.add_argument("--types", metavar="T1,T2", help="a new event of these PLOVER types (ACCUSE,SANCTION)")
    what.add_argument("--score-shift", type=float, metavar="N",
                      help="the pair's cooperation-conflict score moves by more than N between two windows")
    what.add_argument("--figure-conflict", action="store_true", help="a new conflict between stated figures")
    what.add_argument("--new-official", action="store_true", help="a new official appears for the pair")
    add.add_argument("--pair", metavar="A-B", help="for this pair (either direction)")
    add.add_argument("--country", metavar="CODE", help="for any pair with this country (--types only)")
    add.add_argument("--window", default="30d", metavar="DAYS", help="score-shift window (default 30d)")
    add.add_argument("--to", action="append", metavar="DEST",
                     help="stdout, FILE.jsonl or an http(s) webhook URL (repeatable; default stdout)")
    add.add_argument("--base-url", metavar="URL",
                     help="where `legation serve` answers, for the alerts' links (default http://127.0.0.1:8000)")
    add.set_defaults(func=run_add)

    for verb, func, text in (("list", run_list, "the rules (with --fired: the alerts fired)"),
                             ("test", run_test, "what a rule matches in the store now; nothing is sent"),
                             ("remove", run_remove, "remove a rule and its alerts")):
        v = verbs.add_parser(verb, help=text)
        if verb != "list":
            v.add_argument("name", metavar="NAME")
        else:
            v.add_argument("--fired", action="store_true", help="list the alerts fired, newest first")
        _db(v)
        v.add_argument("--format", choices=("table", "csv", "json"), default="table")
        v.set_defaults(func=func)


def _db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="FILE", help="database file (default: the `db` setting, legation.duckdb)")


def run_watch(args: argparse.Namespace) -> int:
    from ..watch import load_sources, watch

    settings = settings_from(args)
    sources = load_sources(args.sources)
    stop = threading.Event()
    if not args.once:
        # SIGTERM (systemd's stop) ends the watch when the pass in progress has committed;
        # Ctrl-C ends it at once, keeping what was committed.
        signal.signal(signal.SIGTERM, lambda *_: stop.set())

    def report(done: Any) -> None:
        if args.format == "json":
            print(json.dumps(done.to_dict(), ensure_ascii=False), flush=True)
            return
        print(done.line(), flush=True)
        for what, reason in done.problems:
            print(f"  {what}: {reason}", flush=True)

    try:
        last = watch(args.db or settings.db, sources, once=args.once, settings=settings,
                     report=report, stop=stop)
    except KeyboardInterrupt:
        return 0
    if args.once and last.sources and last.failed_sources == last.sources:
        raise LegationError(f"none of the {last.sources} sources could be read (see above)")
    return 0


def _open(args: argparse.Namespace) -> Any:
    from ..store import Store

    return Store(args.db or settings_from(args).db)


def run_add(args: argparse.Namespace) -> int:
    from ..alerts import add

    kind, params, deliver = parse_rule(args)
    with _open(args) as store:
        matched = add(store, args.name, kind, params, deliver)
    print(f"alert rule {args.name!r} added; {matched} match{'es' if matched != 1 else ''} already in the "
          "store will not fire, what is new will")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from ..store import alerting

    with _open(args) as store:
        if args.fired:
            rows = store.alerts()
            columns = ("fired_at", "rule", "title", "link", "delivered") if args.format == "table" else None
            emit(rows, args.format, columns)
            return 0
        rows = alerting.rules(store)
    if args.format == "table":
        from ..alerts import Rule

        rows = [{"name": r["name"], "rule": Rule(r["name"], r["kind"], r["params"]).describe(),
                 "to": ", ".join(r["deliver"]), "fired": r["fired"], "last_fired": r["last_fired"]}
                for r in rows]
    emit(rows, args.format)
    return 0


def run_test(args: argparse.Namespace) -> int:
    from ..alerts import test

    with _open(args) as store:
        rows = test(store, args.name)
    emit(rows, args.format, ("new", "title", "link") if args.format == "table" else None)
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from ..store import alerting

    with _open(args) as store:
        alerting.remove_rule(store, args.name)
    print(f"alert rule {args.name!r} removed")
    return 0


def parse_rule(args: argparse.Namespace) -> tuple[str, dict[str, Any], list[str]]:
    """The kind, parameters and destinations an `alerts add` command line gives."""
    from ..store.queries import parse_pair
    from ..watch.sources import parse_interval

    params: dict[str, Any] = {}
    if args.pair:
        params["pair"] = list(parse_pair(args.pair))
    if args.country:
        if not args.types:
            raise InputError("--country", "only --types rules take a country; give --pair")
        params["country"] = args.country.upper()
    if args.base_url:
        params["base_url"] = args.base_url
    if args.types:
        kind = "events"
        params["types"] = sorted({t.strip().upper() for t in args.types.split(",") if t.strip()})
        _check_types(params["types"])
    elif args.score_shift is not None:
        kind = "score-shift"
        if args.score_shift <= 0:
            raise InputError("--score-shift", "give a positive change, like 10")
        params["by"] = args.score_shift
        window = args.window if args.window[-1:].isalpha() else args.window + "d"
        days = parse_interval(window, "--window") / 86400
        if days < 1 or days != int(days):
            raise InputError("--window", f"{args.window!r} is not a whole number of days")
        params["window"] = int(days)
    elif args.figure_conflict:
        kind = "figure-conflict"
    else:
        kind = "new-official"
    if kind in ("score-shift", "new-official") and "pair" not in params:
        raise InputError("--pair", f"a {kind} rule is about one pair: give --pair A-B")
    return kind, params, args.to or ["stdout"]


def _check_types(types: list[str]) -> None:
    from ..document import PLOVER_TYPES

    unknown = [t for t in types if t not in PLOVER_TYPES]
    if unknown or not types:
        raise InputError("--types", f"{', '.join(unknown) or 'nothing'}: not PLOVER event types "
                                    f"({', '.join(sorted(PLOVER_TYPES))})")

