"""`legation serve`: browse the store in a browser."""

from __future__ import annotations

import argparse
import ipaddress
import socket
import sys

from ..errors import InputError, LegationError, MissingExtra


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="browse the store in a browser",
                       description="Serve the store read-only as web pages (each with a JSON twin): "
                                   "overview, pairs, events, documents and search.")
    p.add_argument("--db", default="legation.duckdb", metavar="FILE", help="the store (default: legation.duckdb)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not 0 < args.port < 65536:
        raise InputError("--port", f"{args.port} is not a port number (1-65535)")
    try:
        import uvicorn
    except ImportError:
        raise MissingExtra("legation serve", "web") from None
    from ..web import create_app

    app = create_app(args.db)
    # Bound here, before anything is printed: a port in use is one clear line, not a
    # "serving at" followed by uvicorn's error.
    try:
        family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((args.host, args.port))
    except (OSError, OverflowError) as exc:
        raise LegationError(f"cannot listen on {args.host} port {args.port} ({exc.strerror or exc})") from None
    if not _loopback(args.host):
        print(f"legation: warning: listening on {args.host}, beyond this machine: anyone who can reach "
              "it can read the store (use --host 127.0.0.1 to keep it local)", file=sys.stderr, flush=True)
    print(f"legation: serving {args.db} read-only at http://{_host_for_url(args.host)}:{args.port}/ "
          f"(Ctrl-C to stop)", flush=True)
    config = uvicorn.Config(app, log_level="warning", access_log=False)
    uvicorn.Server(config).run(sockets=[sock])
    return 0


def _loopback(host: str) -> bool:
    try:
        return all(ipaddress.ip_address(info[4][0].split("%")[0]).is_loopback
                   for info in socket.getaddrinfo(host, None))
    except (OSError, ValueError):
        return False


def _host_for_url(host: str) -> str:
    return f"[{host}]" if ":" in host else host
