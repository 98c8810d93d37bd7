"""`legation serve`: browse the store in a browser."""

from __future__ import annotations

import argparse

from ..errors import InputError, MissingExtra


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

    print(f"legation: serving {args.db} read-only at http://{_host_for_url(args.host)}:{args.port}/ "
          f"(Ctrl-C to stop)", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", access_log=False)
    return 0


def _host_for_url(host: str) -> str:
    return f"[{host}]" if ":" in host else host
