"""A news site on loopback for the watch tests: feeds, pages, robots.txt and a webhook.

Three feeds in three languages (RSS in English and German, Atom in Russian) list 200
items in all. Some pages answer slowly, some answer 500 twice and then recover, one is
20 MB (sent without a length, so only reading it shows its size), one is forbidden by
robots.txt, one is missing (404), and one has no article text. A fourth feed is
malformed. Feeds answer conditional requests with 304. Every request is logged.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import json
import threading
import time
from dataclasses import dataclass, field
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import news

FEEDS = {"en": 70, "ru": 65, "de": 65}      # items per feed: 200 in all
SLOW = 0.3                                   # seconds a slow page takes
BIG = 20 * 1024 * 1024
BAD = {  # (lang, n) of the items that cannot be stored, and what the watch should say
    ("en", 5): "too large",
    ("ru", 7): "robots.txt",
    ("de", 9): "HTTP 404",
    ("en", 11): "too short to be an article",
}
STAMP = email.utils.format_datetime(dt.datetime(2025, 12, 1, tzinfo=dt.UTC), usegmt=True)


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    status: int


@dataclass
class Newsroom:
    """What the site serves; tests may add items (`extra`) while it runs."""

    counts: dict[str, int] = field(default_factory=lambda: dict(FEEDS))         # items per feed
    robots_status: int = 200
    extra: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)   # lang -> (slug, title, text)
    log: list[Request] = field(default_factory=list)
    hooks: list[Any] = field(default_factory=list)
    failures: dict[str, int] = field(default_factory=dict)        # path -> 500s still to give
    lock: threading.Lock = field(default_factory=threading.Lock)

    def item_path(self, lang: str, n: int) -> str:
        return f"/private/{lang}/{n}.html" if BAD.get((lang, n)) == "robots.txt" else f"/{lang}/{n}.html"

    def items(self, lang: str) -> list[tuple[str, str, dt.date]]:
        """(path, title, published) of each item the feed lists."""
        out = []
        for n in range(self.counts[lang]):
            title, _, _, day = news.consult(lang, n)
            out.append((self.item_path(lang, n), title, day + dt.timedelta(days=1)))
        for slug, title, _ in self.extra.get(lang, []):
            out.append((f"/{lang}/extra/{slug}.html", title, dt.date(2025, 12, 1)))
        return out

    def feed(self, lang: str, base: str) -> bytes:
        items = self.items(lang)
        if lang == "ru":
            entries = "".join(
                f"<entry><title>{escape(t)}</title><link href=\"{base}{p}\"/><id>{base}{p}</id>"
                f"<updated>{d.isoformat()}T08:00:00Z</updated></entry>" for p, t, d in items)
            return (f"<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                    f"<title>Новости</title><id>{base}/ru.atom</id><updated>2025-12-01T08:00:00Z</updated>"
                    f"{entries}</feed>").encode()
        entries = "".join(
            f"<item><title>{escape(t)}</title><link>{base}{p}</link><guid>{base}{p}</guid>"
            f"<pubDate>{email.utils.format_datetime(dt.datetime(d.year, d.month, d.day, 8, tzinfo=dt.UTC))}</pubDate></item>"
            for p, t, d in items)
        title = {"en": "World News", "de": "Weltnachrichten"}[lang]
        return (f"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>{title}</title>"
                f"<link>{base}/</link><description>{title}</description>{entries}</channel></rss>").encode()

    def sitemap(self, lang: str, base: str) -> bytes:
        """A news sitemap of the feed's items."""
        urls = "".join(
            f"<url><loc>{base}{p}</loc><news:news><news:publication><news:name>Example</news:name>"
            f"<news:language>{lang}</news:language></news:publication>"
            f"<news:publication_date>{d.isoformat()}</news:publication_date>"
            f"<news:title>{escape(t)}</news:title></news:news></url>" for p, t, d in self.items(lang))
        return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{urls}</urlset>').encode()

    def page(self, path: str) -> tuple[int, bytes, float]:
        """(status, body, delay) for an article path."""
        parts = path.strip("/").split("/")
        if parts[0] == "private":
            parts = parts[1:]
        lang = parts[0]
        if len(parts) == 3 and parts[1] == "extra":
            for slug, title, text in self.extra.get(lang, []):
                if parts[2] == f"{slug}.html":
                    return 200, news.page(title, text, lang), 0.0
            return 404, b"not found", 0.0
        n = int(parts[1].removesuffix(".html"))
        bad = BAD.get((lang, n))
        if bad == "HTTP 404":
            return 404, b"<html><body>not found</body></html>", 0.0
        if bad == "too short to be an article":
            return 200, b"<!doctype html><html><head><title>Gallery</title></head><body><nav>Home</nav></body></html>", 0.0
        title, text, _, _ = news.consult(lang, n)
        return 200, news.page(title, text, lang), SLOW if n % 10 == 3 else 0.0


def make_handler(room: Newsroom) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8",
                  headers: dict[str, str] | None = None) -> None:
            with room.lock:
                room.log.append(Request(self.command, self.path, {k.lower(): v for k, v in self.headers.items()},
                                        status))
            self.send_response(status)
            self.send_header("content-type", ctype)
            self.send_header("content-length", str(len(body)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length", "0")))
            with room.lock:
                room.hooks.append(json.loads(body))
            self._send(204, b"")

        def do_GET(self) -> None:
            base = f"http://{self.headers['host']}"
            path = self.path
            if path == "/robots.txt":
                self._send(room.robots_status, b"User-agent: *\nDisallow: /private/\n", "text/plain")
                return
            if path.startswith("/sitemaps/"):
                self._send(200, room.sitemap(path.split("/")[2].split(".")[0], base), "application/xml")
                return
            if path == "/lists/stall.txt":
                self._send(200, b"/stall.html\n", "text/plain")
                return
            if path == "/stall.html":
                time.sleep(1.5)
                self._send(200, b"too late")
                return
            if path.startswith("/lists/"):
                lang = path.split("/")[2].split(".")[0]
                listed = "# one URL a line\n" + "".join(f"{p}\n" for p, _, _ in room.items(lang))
                self._send(200, listed.encode(), "text/plain")
                return
            if path == "/loop.html":
                self._send(302, b"", headers={"location": "/loop.html"})
                return
            if path == "/broken.xml":
                self._send(200, b"<html><body><h1>Service temporarily moved</h1>", "application/rss+xml")
                return
            if path.startswith("/feeds/"):
                lang = path.removeprefix("/feeds/").split(".")[0]
                body = room.feed(lang, base)
                etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                if self.headers.get("if-none-match") == etag:
                    self._send(304, b"", headers={"etag": etag})
                    return
                ctype = "application/atom+xml" if lang == "ru" else "application/rss+xml"
                self._send(200, body, ctype, {"etag": etag, "last-modified": STAMP})
                return
            if path.endswith("/5.html") and path.startswith("/en/"):
                self._big()
                return
            with room.lock:
                left = room.failures.setdefault(path, 2 if path.endswith("7.html") else 0)
                if left:
                    room.failures[path] = left - 1
            if left:
                self._send(500, b"busy")
                return
            status, body, delay = room.page(path)
            time.sleep(delay)
            self._send(status, body)

        def _big(self) -> None:
            """20 MB of page, without a length: the fetcher must stop reading at its cap."""
            with room.lock:
                room.log.append(Request("GET", self.path, dict(self.headers), 200))
            self.send_response(200)
            self.send_header("content-type", "text/html; charset=utf-8")
            self.send_header("connection", "close")
            self.end_headers()
            chunk = b"<p>" + b"x" * 1020 + b"</p>"
            try:
                for _ in range(BIG // len(chunk)):
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
            self.close_connection = True

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass        # a client closing its kept-alive connections is not news


class NewsServer:
    """The newsroom on a loopback port, in a thread."""

    def __init__(self, room: Newsroom | None = None) -> None:
        self.room = room or Newsroom()
        self.httpd = _Server(("127.0.0.1", 0), make_handler(self.room))
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> NewsServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def sources_toml(self, *, broken: bool = True, interval: str = "15m") -> str:
        """A SOURCES.toml for the three feeds (and the malformed one)."""
        text = ("[fetch]\nuser_agent = \"legation-test/1 (watch tests)\"\ntimeout = 5\nretries = 3\n"
                "backoff = 0.05\nhost_interval = 0\nper_host = 4\n")
        for lang, kind in (("en", "xml"), ("ru", "atom"), ("de", "xml")):
            if lang not in self.room.counts:
                continue
            text += (f"\n[[source]]\nname = \"news-{lang}\"\nurl = \"{self.url}/feeds/{lang}.{kind}\"\n"
                     f"lang = \"{lang}\"\ninterval = \"{interval}\"\n")
        if broken:
            text += f"\n[[source]]\nname = \"broken\"\nurl = \"{self.url}/broken.xml\"\ninterval = \"{interval}\"\n"
        return text
