"""The Starlette application behind `legation serve`.

Every page has a JSON twin at the same path: a request whose `Accept` header
prefers `application/json`, or that carries `?format=json`, gets the page's
data as JSON; otherwise the same data rendered as HTML. Unknown ids give a 404
in the same two forms.
"""

from __future__ import annotations

import contextlib
import secrets
import sys
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import anyio
import duckdb

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import LegationError
from ..store.core import open_settled
from . import charts, views
from .pool import StorePool
from .views import NotFound

HERE = Path(__file__).parent
PAGES_AT_ONCE = 4             # pages computed at once (each in a thread of its own)
QUEUE = 64                    # requests that may wait for one; beyond, 503 with Retry-After
QUEUE_WAIT = 8.0              # seconds a request may wait for one; then, 503 with Retry-After
RETRY_AFTER = "2"             # seconds, in a 503's Retry-After


@dataclass(frozen=True)
class Page:
    """One page: its route name and path, the view that computes its data, its template, and
    the query-string parameters the view takes (`page` is a page number from 1)."""

    name: str
    path: str
    view: Callable[..., dict[str, Any]]
    template: str
    query: tuple[str, ...] = ()


def url(name: str, **params: Any) -> str:
    """The link to page `name`: its path parameters filled in (quoted), the others as a query string."""
    path = PATHS[name]
    rest = {}
    for key, value in params.items():
        if "{" + key + "}" in path:
            path = path.replace("{" + key + "}", quote(str(value), safe=""))
        elif value is not None:
            rest[key] = value
    return path + ("?" + urlencode(rest) if rest else "")


# The site: adding a page is adding a line here (and its template).
PAGES = (
    Page("overview", "/", views.overview, "overview.html"),
    Page("pair", "/pair/{pair}", views.pair, "pair.html", ("page",)),
    Page("event", "/event/{id}", views.event, "event.html", ("page",)),
    Page("document", "/document/{id}", lambda store, id: views.document(store, id, url), "document.html"),
    Page("search", "/search", views.search, "search.html", ("q", "page")),
)
PATHS = {page.name: page.path for page in PAGES} | {"static": "/static/{path}"}

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
    env.globals["url"] = url
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


class Site:
    """The pages of one store: admission (a bounded queue), data (cached), rendering (in threads)."""

    def __init__(self, db_path: str | Path) -> None:
        path = Path(db_path)
        if not path.is_file():
            raise LegationError(f"{path}: no store here; create one with 'legation ingest FILES --db {path}'")
        # What a killed ingest left unmerged is merged first, as the commands do; the check also
        # refuses a file that is not a store, or is truncated, before the server starts.
        store, problem = open_settled(path)
        store.close()
        if problem:
            print(f"legation: {problem}", file=sys.stderr)
        self.pool = StorePool(path, PAGES_AT_ONCE)
        self.env = _templates()
        self.slots = anyio.CapacityLimiter(PAGES_AT_ONCE)
        self.admitted = 0

    def handler(self, page: Page) -> Callable[[Request], Any]:
        async def handle(request: Request) -> Response:
            params = dict(request.path_params)
            try:
                for name in page.query:
                    value = request.query_params.get(name, "")
                    params[name] = _page_number(value) if name == "page" else value
            except NotFound as exc:
                return await self.respond(request, lambda: self.error(request, 404, str(exc)))
            key = ("response", *_key(page, params), wants_json(request))
            # A page already made for the unchanged store is answered at once, never queued; one
            # being made for another request is waited for here, without taking a slot.
            with anyio.move_on_after(QUEUE_WAIT):
                while self.pool.computing(key):
                    await anyio.sleep(0.02)
            made = self.pool.peek(key)
            if made is None:
                return await self.respond(request, lambda: self.render(page, params, request, key))
            return made.to_response(request)
        return handle

    async def respond(self, request: Request, render: Callable[[], Response]) -> Response:
        """Run `render` in a worker thread, or answer 503: at once when the queue is full, or
        when no slot came free within `QUEUE_WAIT` seconds."""
        if self.admitted >= PAGES_AT_ONCE + QUEUE:
            return self.busy(request, "the server is busy")
        self.admitted += 1
        try:
            with anyio.move_on_after(QUEUE_WAIT) as waiting:
                await self.slots.acquire()
            if waiting.cancelled_caught:
                return self.busy(request, "the server is busy")
            try:
                return await anyio.to_thread.run_sync(render)
            finally:
                self.slots.release()
        finally:
            self.admitted -= 1

    def render(self, page: Page, params: dict[str, Any], request: Request, key: tuple[Any, ...]) -> Response:
        try:
            made = self.pool.cached(key, lambda: self._make(page, params, request))
        except NotFound as exc:
            return self.error(request, 404, str(exc.args[0]) if exc.args else "no such page")
        except (LegationError, duckdb.Error) as exc:
            # The store held too long by a writer, or DuckDB out of its buffer: try again soon.
            return self.busy(request, f"the store cannot be read just now ({str(exc).splitlines()[0]})")
        return made.to_response(request)

    def _make(self, page: Page, params: dict[str, Any], request: Request) -> Made:
        # The data is cached too: a page's HTML and its JSON twin are made from the same.
        data = self.pool.cached(("data", *_key(page, params)), lambda: self._data(page, params))
        extra = self._charts(data) if page.name == "pair" else {}
        return self.page(page.template, data, request, extra,
                         json_url=url(page.name, **params, format="json"), route=(page.name, params))

    def _data(self, page: Page, params: dict[str, Any]) -> dict[str, Any]:
        with self.pool.queries() as store:
            return page.view(store, **params)

    def _charts(self, data: dict[str, Any]) -> dict[str, Any]:
        levels = charts.figure_levels(data["figures_by_period"])
        levels_svg = {"levels_svg": charts.with_nonce(levels, NONCE) if levels else None}
        if not data["months"]:
            return {"timeline_svg": None, "cooperation_svg": None, **levels_svg}
        key = ("charts", data["pair"])
        timeline, line = self.pool.cached(key, lambda: (
            charts.events_by_month(data["months"], data["events_by_type"],
                                   {m: url("pair", pair=data["pair"]) + f"#month-{m}" for m in data["months"]}),
            charts.cooperation_line(data["months"], data["cooperation"])))
        return {"timeline_svg": charts.with_nonce(timeline, NONCE), "cooperation_svg": charts.with_nonce(line, NONCE),
                **levels_svg}

    def page(self, template: str, data: dict[str, Any], request: Request, extra: dict[str, Any] | None = None,
             *, status: int = 200, json_url: str | None = None, route: tuple[str, dict[str, Any]] | None = None,
             headers: dict[str, str] | None = None) -> Made:
        headers = {"vary": "Accept", **(headers or {})}
        if wants_json(request):
            return Made(JSONResponse(data).body, "application/json", status, headers)
        context = {**data, **(extra or {}), "json_url": json_url, "route": route}
        html = self.env.get_template(template).render(context)
        return Made(html.encode("utf-8"), "text/html; charset=utf-8", status, headers)

    def error(self, request: Request, status: int, message: str, headers: dict[str, str] | None = None) -> Response:
        return self.page("error.html", {"page": "error", "status": status, "error": message}, request,
                         status=status, headers=headers).to_response(request)

    def busy(self, request: Request, message: str) -> Response:
        return self.error(request, 503, f"{message}; try again in a moment", {"retry-after": RETRY_AFTER})

    async def not_found(self, request: Request, exc: Exception) -> Response:
        status, message = 404, "no such page"
        if isinstance(exc, HTTPException) and exc.status_code != 404:
            status, message = exc.status_code, str(exc.detail)
        return await self.respond(request, lambda: self.error(request, status, message))


NONCE = "legation-nonce-placeholder"      # in a made page; each response gets its own nonce instead


@dataclass(frozen=True)
class Made:
    """A page as made once (and cached): its body, with `NONCE` where the response's nonce goes."""

    body: bytes
    media_type: str
    status: int
    headers: dict[str, str]

    def to_response(self, request: Request) -> Response:
        body = self.body
        if self.media_type.startswith("text/html"):
            body = body.replace(NONCE.encode(), request.state.nonce.encode())
        return Response(body, status_code=self.status, media_type=self.media_type, headers=self.headers)


def _page_number(value: str) -> int:
    if not value:
        return 1
    if not value.isdigit() or not 0 < int(value) < 1_000_000:
        raise NotFound(f"{value[:20]!r} is not a page number")
    return int(value)


def _key(page: Page, params: dict[str, Any]) -> tuple[Any, ...]:
    return (page.name, tuple(sorted(params.items())))


def create_app(db_path: str | Path) -> ASGIApp:
    """The ASGI application serving the store at `db_path` read-only."""
    site = Site(db_path)
    routes: list[Any] = [Route(page.path, site.handler(page), name=page.name) for page in PAGES]
    routes.append(Mount("/static", app=StaticFiles(directory=HERE / "static", follow_symlink=False), name="static"))

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        site.pool.close()

    app = Starlette(routes=routes, exception_handlers={404: site.not_found, 405: site.not_found}, lifespan=lifespan)
    app.state.site = site
    return SecurityHeaders(app)
