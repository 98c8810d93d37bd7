#!/usr/bin/env python3
"""Load test for `legation serve`: N concurrent clients for T seconds, on loopback only.

Usage:
    # against a server you started (legation serve --db legation.duckdb):
    python scripts/load_test.py --url http://127.0.0.1:8000
    # or let the script start and stop one on a free loopback port:
    python scripts/load_test.py --db legation.duckdb [--clients 50] [--seconds 30]

The clients first read the overview's JSON twin to find pairs, events and
documents, then each client loops over those pages (HTML, and every fourth
request a JSON twin), keeping its connection alive, until the time is up or
the request budget (--max-requests) is spent. It reports the error count
(connection failures, timeouts and any status other than 200 or 503), the 503
answers (the server's "busy, retry after" when its queue is full; the client then
waits as long as Retry-After says, as a well-behaved client does) apart, and
the median, 95th percentile and maximum page time of the answers, overall and
per page kind. The store should be a large one, e.g. 10,000 documents made by
`legation bench`'s generator (see the README).

Traffic goes only to loopback addresses (127.0.0.0/8, ::1): any other host is
refused. The loop is bounded in time and in count and stops by itself.
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from collections import defaultdict
from urllib.parse import quote, urlsplit


def loopback_only(host: str) -> None:
    """Exit unless every address `host` resolves to is a loopback address."""
    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror:
        sys.exit(f"load_test: cannot resolve {host!r}")
    addresses = {info[4][0] for info in infos}
    if not addresses or not all(ipaddress.ip_address(a.split("%")[0]).is_loopback for a in addresses):
        sys.exit(f"load_test: refusing {host!r} ({', '.join(sorted(addresses))}): loopback addresses only")


def get_json(base: str, path: str) -> dict:
    sep = "&" if "?" in path else "?"
    with urllib.request.urlopen(f"{base}{path}{sep}format=json", timeout=30) as r:
        return json.loads(r.read())


def discover(base: str, limit: int = 40) -> list[tuple[str, str]]:
    """(kind, path) of the pages to request, found from the overview's JSON twin."""
    overview = get_json(base, "/")
    pages = [("overview", "/")]
    pages += [("pair", f"/pair/{quote(p['pair'], safe='')}") for p in overview["pairs"][:10]]
    events = [e["id"] for e in overview["events"]]
    for kind, path in list(pages[1:4]):
        events += [e["id"] for e in get_json(base, path)["events"][:10]]
    events = list(dict.fromkeys(events))[:limit]
    pages += [("event", f"/event/{quote(e, safe='')}") for e in events]
    docs: list[str] = []
    for e in events[:10]:
        docs += [r["document"] for r in get_json(base, f"/event/{quote(e, safe='')}")["reports"]]
    pages += [("document", f"/document/{d}") for d in list(dict.fromkeys(docs))[:limit]]
    pages += [("search", "/search?q=" + quote(q)) for q in ("minister", "trade", "KAZ")]
    return pages


async def client(host: str, port: int, pages: list[tuple[str, str]], offset: int, deadline: float,
                 budget: list[int], timings: dict[str, list[float]], errors: list[str], busy: list[int],
                 timeout: float) -> None:
    """One keep-alive HTTP/1.1 client cycling through `pages` until `deadline` or the budget is spent."""
    reader = writer = None
    i = offset
    while time.monotonic() < deadline and budget[0] > 0:
        budget[0] -= 1
        kind, path = pages[i % len(pages)]
        if i % 4 == 3:
            path += ("&" if "?" in path else "?") + "format=json"
            kind += ".json"
        i += 1
        started = time.perf_counter()
        try:
            if writer is None:
                reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), timeout)
            writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept: text/html\r\n\r\n".encode())
            status, retry_after = await asyncio.wait_for(_read_response(reader), timeout)
        except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, ValueError) as exc:
            errors.append(f"{path}: {type(exc).__name__}")
            if writer is not None:
                writer.close()
            reader = writer = None
            continue
        elapsed = time.perf_counter() - started
        if status == 503:
            busy[0] += 1
            # As a well-behaved client does: wait as long as the server asks before the next request.
            await asyncio.sleep(min(retry_after, 10.0))
        elif status != 200:
            errors.append(f"{path}: HTTP {status}")
        timings[kind].append(elapsed)
    if writer is not None:
        writer.close()


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, float]:
    """The status and the Retry-After seconds (0 without one) of a response, whose body is read."""
    status_line = await reader.readline()
    status = int(status_line.split()[1])
    length = 0
    retry_after = 0.0
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b"\n", b""):
            break
        name, _, value = line.decode("latin-1").partition(":")
        if name.strip().lower() == "content-length":
            length = int(value.strip())
        elif name.strip().lower() == "retry-after":
            retry_after = float(value.strip())
    await reader.readexactly(length)
    return status, retry_after


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


async def run(base: str, clients: int, seconds: float, max_requests: int, timeout: float) -> dict:
    parts = urlsplit(base)
    pages = discover(base)
    timings: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    busy = [0]
    budget = [max_requests]
    started = time.monotonic()
    deadline = started + seconds
    await asyncio.gather(*(client(parts.hostname or "127.0.0.1", parts.port or 80, pages, k * 7, deadline,
                                  budget, timings, errors, busy, timeout) for k in range(clients)))
    wall = time.monotonic() - started
    every = [t for ts in timings.values() for t in ts]

    def summary(ts: list[float]) -> dict[str, float]:
        return {"requests": len(ts), "median_ms": round(1000 * statistics.median(ts), 1),
                "p95_ms": round(1000 * percentile(ts, 0.95), 1), "max_ms": round(1000 * max(ts), 1)}

    return {
        "url": base, "clients": clients, "seconds": round(wall, 1), "pages": len(pages),
        "requests": len(every) + len(errors), "errors": len(errors), "busy_503": busy[0],
        "error_examples": errors[:5],
        "requests_per_s": round((len(every) + len(errors)) / wall, 1),
        **(summary(every) if every else {}),
        "by_kind": {k: summary(v) for k, v in sorted(timings.items())},
    }


def start_server(db: str) -> tuple[subprocess.Popen, str]:
    """`legation serve` on a free loopback port; returns the process and its base URL."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "legation", "serve", "--db", db, "--host", "127.0.0.1",
                             "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            sys.exit(f"load_test: the server did not start: {proc.stderr.read().decode().strip()}")
        try:
            urllib.request.urlopen(base + "/?format=json", timeout=2).read()
            return proc, base
        except OSError:
            time.sleep(0.2)
    proc.kill()
    sys.exit("load_test: the server did not answer within 60 s")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--url", help="a running server, e.g. http://127.0.0.1:8000 (loopback only)")
    where.add_argument("--db", help="start `legation serve` on this store for the run")
    ap.add_argument("--clients", type=int, default=50, help="concurrent clients (default 50)")
    ap.add_argument("--seconds", type=float, default=30, help="how long to run (default 30)")
    ap.add_argument("--max-requests", type=int, default=500_000, help="request budget (default 500000)")
    ap.add_argument("--timeout", type=float, default=10, help="per-request timeout in seconds (default 10)")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    args = ap.parse_args()
    if not (1 <= args.clients <= 1000 and 0 < args.seconds <= 600):
        ap.error("--clients must be 1..1000 and --seconds 0..600")
    proc = None
    if args.db:
        if not os.path.isfile(args.db):
            ap.error(f"{args.db}: no such store")
        proc, base = start_server(args.db)
    else:
        base = args.url.rstrip("/")
        loopback_only(urlsplit(base).hostname or "")
    try:
        result = asyncio.run(run(base, args.clients, args.seconds, args.max_requests, args.timeout))
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=20)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"{result['requests']} requests from {result['clients']} clients in {result['seconds']} s "
              f"({result['requests_per_s']}/s) over {result['pages']} pages; errors: {result['errors']}, 503 (busy): {result['busy_503']}")
        if "median_ms" in result:
            print(f"page time: median {result['median_ms']} ms, p95 {result['p95_ms']} ms, max {result['max_ms']} ms")
        for kind, s in result["by_kind"].items():
            print(f"  {kind:14} {s['requests']:7}  median {s['median_ms']:7} ms  p95 {s['p95_ms']:7} ms")
        for example in result["error_examples"]:
            print(f"  error: {example}")
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
