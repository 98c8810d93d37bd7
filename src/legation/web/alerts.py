"""The alerts page (`/alerts`, with its JSON twin) and the Atom feed of alerts (`/alerts.atom`).

Alerts are read fresh on every request: a watch or an ingest may fire new ones
while the server runs.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .queries import StoreView

SHOWN = 200           # alerts on the page and in the feed, newest first
ATOM = "http://www.w3.org/2005/Atom"


def routes(view: StoreView, page: Callable[..., Response]) -> list[Route]:
    """The routes of the alerts page and feed, rendered with the app's `page`."""

    async def alerts(request: Request) -> Response:
        found = await run_in_threadpool(view.alerts, SHOWN)
        return page("alerts.html", {"page": "alerts", "alerts": found}, request)

    async def atom(request: Request) -> Response:
        found = await run_in_threadpool(view.alerts, SHOWN)
        base = str(request.base_url).rstrip("/")
        return Response(atom_feed(found, base, str(request.url)), media_type="application/atom+xml")

    return [Route("/alerts", alerts, name="alerts"), Route("/alerts.atom", atom, name="alerts_atom")]


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
