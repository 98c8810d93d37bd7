"""The Starlette application behind `legation serve`.

Every page has a JSON twin at the same path: a request whose `Accept` header
prefers `application/json`, or that carries `?format=json`, gets the page's
data as JSON; otherwise the same data rendered as HTML. Unknown ids give a 404
in the same two forms.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import charts
from .queries import NotFound, StoreView, split_pair

HERE = Path(__file__).parent

# No inline script anywhere; the only inline styles are pygal's <style> elements, which carry
# the per-response nonce, so 'unsafe-inline' is never needed.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'nonce-{nonce}'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
}


class SecurityHeaders:
    """ASGI middleware: a fresh CSP nonce per request and the security headers on every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        nonce = secrets.token_urlsafe(16)
        scope.setdefault("state", {})["nonce"] = nonce

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", [])
                           if k.decode("latin-1").lower() not in SECURITY_HEADERS]
                headers.append((b"content-security-policy", CSP.format(nonce=nonce).encode()))
                headers.extend((k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items())
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _templates() -> Environment:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True, lstrip_blocks=True,
    )
    env.filters["q"] = lambda s: quote(str(s), safe="")
    env.filters["num"] = _num
    env.filters["unit"] = lambda u: "" if not u else " %" if u == "percent" else f" {u}"
    return env


def _num(value: Any) -> str:
    """A figure's value, readable: 418 600 000 -> 418.6 M."""
    if value is None:
        return ""
    v = float(value)
    for scale, suffix in ((1e12, " T"), (1e9, " B"), (1e6, " M"), (1e3, " k")):
        if abs(v) >= scale:
            return f"{v / scale:,.4g}{suffix}"
    return f"{v:,.4g}"


def wants_json(request: Request) -> bool:
    """The one rule for JSON twins: `?format=json`, or an Accept header preferring JSON."""
    fmt = request.query_params.get("format")
    if fmt:
        return fmt == "json"
    accept = request.headers.get("accept", "")
    if "application/json" not in accept:
        return False
    return "text/html" not in accept or accept.index("application/json") < accept.index("text/html")


def create_app(db_path: str | Path) -> ASGIApp:
    """The ASGI application serving the store at `db_path` read-only."""
    view = StoreView(db_path)
    env = _templates()

    def page(template: str, data: dict[str, Any], request: Request,
             extra: Callable[[dict[str, Any]], dict[str, Any]] | None = None, status: int = 200) -> Response:
        if wants_json(request):
            return JSONResponse(data, status_code=status, headers={"vary": "Accept"})
        context = {**data, **(extra(data) if extra else {}), "nonce": request.state.nonce,
                   "request_path": request.url.path}
        html = env.get_template(template).render(context)
        return HTMLResponse(html, status_code=status, headers={"vary": "Accept"})

    async def overview(request: Request) -> Response:
        return page("overview.html", await run_in_threadpool(view.overview), request)

    async def pair(request: Request) -> Response:
        a, b = split_pair(request.path_params["pair"])
        data = await run_in_threadpool(view.pair, a, b)

        def charts_of(d: dict[str, Any]) -> dict[str, Any]:
            nonce = request.state.nonce
            levels = charts.figure_levels(d["figures_by_period"])
            levels_svg = {"levels_svg": charts.with_nonce(levels, nonce) if levels else None}
            if not d["months"]:
                return {"timeline_svg": None, "cooperation_svg": None, **levels_svg}
            links = {m: f"#month-{m}" for m in d["months"]}
            return {
                "timeline_svg": charts.with_nonce(_cached_timeline(d["pair"], d), nonce),
                "cooperation_svg": charts.with_nonce(_cached_line(d["pair"], d), nonce),
                "chart_links": links, **levels_svg,
            }
        return page("pair.html", data, request, charts_of)

    chart_cache: dict[tuple[str, str], str] = {}

    def _cached_timeline(key: str, d: dict[str, Any]) -> str:
        if (key, "t") not in chart_cache:
            chart_cache[(key, "t")] = charts.events_by_month(
                d["months"], d["events_by_type"], {m: f"#month-{m}" for m in d["months"]})
        return chart_cache[(key, "t")]

    def _cached_line(key: str, d: dict[str, Any]) -> str:
        if (key, "c") not in chart_cache:
            chart_cache[(key, "c")] = charts.cooperation_line(d["months"], d["cooperation"])
        return chart_cache[(key, "c")]

    async def event(request: Request) -> Response:
        return page("event.html", await run_in_threadpool(view.event, request.path_params["id"]), request)

    async def document(request: Request) -> Response:
        return page("document.html", await run_in_threadpool(view.document, request.path_params["id"]), request)

    async def search(request: Request) -> Response:
        q = request.query_params.get("q", "")
        return page("search.html", await run_in_threadpool(view.search, q), request)

    async def not_found(request: Request, exc: Exception) -> Response:
        message = str(exc.args[0]) if isinstance(exc, NotFound) and exc.args else "no such page"
        if isinstance(exc, HTTPException) and exc.status_code != 404:
            message = exc.detail
            status = exc.status_code
        else:
            status = 404
        return page("error.html", {"page": "error", "status": status, "error": message}, request, status=status)

    routes = [
        Route("/", overview, name="overview"),
        Route("/pair/{pair}", pair, name="pair"),
        Route("/event/{id}", event, name="event"),
        Route("/document/{id}", document, name="document"),
        Route("/search", search, name="search"),
        Mount("/static", app=StaticFiles(directory=HERE / "static", follow_symlink=False), name="static"),
    ]
    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        view.close()

    app = Starlette(
        routes=routes,
        exception_handlers={NotFound: not_found, 404: not_found, 405: not_found},
        lifespan=lifespan,
    )
    app.state.view = view
    return SecurityHeaders(app)
