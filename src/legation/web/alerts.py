"""The alerts page (`/alerts`, with its JSON twin) and the Atom feed of alerts (`/alerts.atom`).

The page is a line of the site's table (`app.PAGES`); the feed, which is neither HTML nor a
JSON twin, is a route of its own made by `atom_route`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from ..store.queries import Queries

SHOWN = 200           # alerts on the page and in the feed, newest first
ATOM = "http://www.w3.org/2005/Atom"


def page(store: Queries) -> dict[str, Any]:
    """The alerts page's data: the alerts fired, newest first."""
    return {"page": "alerts", "alerts": store.alerts(limit=SHOWN)}


def atom_route(site: Any) -> Callable[[Request], Any]:
    """The handler of `/alerts.atom`, admitted and read like the site's pages."""
    import duckdb

    from ..errors import LegationError

    async def handle(request: Request) -> Response:
        def render() -> Response:
            try:
                with site.pool.queries() as store:
                    found = store.alerts(limit=SHOWN)
            except (LegationError, duckdb.Error) as exc:
                return site.busy(request, f"the store cannot be read just now ({str(exc).splitlines()[0]})")
            base = str(request.base_url).rstrip("/")
            return Response(atom_feed(found, base, str(request.url)), media_type="application/atom+xml")
        return await site.respond(request, render)
    return handle


def atom_feed(alerts: list[dict[str, Any]], base: str, self_url: str) -> bytes:
    """An Atom 1.0 feed of `alerts` (newest first), linking each to its page at `base`."""
    ET.register_namespace("", ATOM)

    def el(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        node = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        node.text = text
        return node

    feed = ET.Element(f"{{{ATOM}}}feed")
    el(feed, "title", "legation alerts")
    el(feed, "id", self_url)
    el(feed, "link", rel="self", href=self_url)
    el(feed, "updated", _stamp(alerts[0]["fired_at"]) if alerts else "1970-01-01T00:00:00Z")
    el(el(feed, "author"), "name", "legation")
    for a in alerts:
        entry = el(feed, "entry")
        el(entry, "title", a["title"])
        el(entry, "id", f"{base}/alerts#{a['id']}")
        el(entry, "updated", _stamp(a["fired_at"]))
        el(entry, "link", rel="alternate", href=base + a["path"])
        lines = [f"{a['rule']}: {a['about']}"]
        for report in a.get("reports", []):
            evidence = report.get("evidence") or {}
            lines.append(f"{report.get('title') or report['document']}: {evidence.get('text') or ''}".strip())
        el(entry, "summary", "\n".join(lines))
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8")


def _stamp(fired_at: str) -> str:
    return fired_at[:19] + "Z"           # fired_at is UTC, stored without a zone
