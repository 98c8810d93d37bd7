"""A polite HTTP fetcher: robots.txt, per-host limits, conditional GET, size cap, retries.

One `Fetcher` is shared by the threads of a watch. Towards each host it keeps
at most `per_host` requests in flight and starts them at least `host_interval`
seconds apart. Answers of 5xx (and 429) and network errors are retried with
exponential backoff; other failures are final. Every failure is a `FetchError`
whose text says what went wrong, for the watch's report.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from urllib.robotparser import RobotFileParser

import httpx

from .sources import Fetching

ROBOTS_TTL = 3600.0          # seconds a host's robots.txt is trusted before it is read again
ROBOTS_AGENT = "legation"    # the token robots.txt rules name us by


class FetchError(Exception):
    """A URL that could not be fetched; str() is the reason, `retryable` whether a later try may do."""

    retryable = False


@dataclass(frozen=True)
class Page:
    """A fetched URL: 200 with its bytes, or 304 (unchanged since the ETag/Last-Modified sent)."""

    url: str                  # after redirects
    status: int
    content: bytes
    etag: str | None = None
    last_modified: str | None = None
    content_type: str = ""

    @property
    def unchanged(self) -> bool:
        return self.status == 304


class _Host:
    def __init__(self, per_host: int) -> None:
        self.slots = threading.BoundedSemaphore(per_host)
        self.lock = threading.Lock()
        self.next_start = 0.0


class Fetcher:
    """Fetch URLs politely. Use as a context manager (it owns an `httpx.Client`)."""

    def __init__(self, fetching: Fetching) -> None:
        self.fetching = fetching
        self.client = httpx.Client(
            headers={"user-agent": fetching.user_agent}, timeout=fetching.timeout,
            follow_redirects=True, max_redirects=fetching.max_redirects)
        self._hosts: dict[str, _Host] = {}
        self._robots: dict[str, tuple[float, RobotFileParser | None]] = {}
        self._robots_locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.client.close()

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Page:
        """Fetch `url` if robots.txt allows it, conditionally when an ETag or date is given.

        Raises:
            FetchError: robots.txt forbids it, the answer is an error (after the retries for
                5xx and network errors), too many redirects, or the body is over the size cap.
        """
        if not self.allowed(url):
            raise FetchError("robots.txt does not allow fetching it")
        headers = {}
        if etag:
            headers["if-none-match"] = etag
        if last_modified:
            headers["if-modified-since"] = last_modified
        return self._fetch(url, headers)

    def allowed(self, url: str) -> bool:
        """Whether the host's robots.txt lets legation fetch `url`.

        No robots.txt (a 4xx answer) allows everything; one that cannot be read (5xx or a
        network error after the retries) allows nothing until it can, as RFC 9309 asks.
        """
        parsed = httpx.URL(url)
        origin = f"{parsed.scheme}://{parsed.netloc.decode('ascii')}"
        with self._lock:
            lock = self._robots_locks.setdefault(origin, threading.Lock())
        with lock:                          # one read of robots.txt per host, however many threads ask
            cached = self._robots.get(origin)
            if cached is None or time.monotonic() - cached[0] > ROBOTS_TTL:
                cached = self._robots[origin] = (time.monotonic(), self._read_robots(origin))
        rules = cached[1]
        return rules is None or rules.can_fetch(ROBOTS_AGENT, url)

    def _read_robots(self, origin: str) -> RobotFileParser | None:
        try:
            page = self._fetch(origin + "/robots.txt", {})
        except _ClientError:
            return None                     # no robots.txt: everything is allowed
        except FetchError:
            rules = RobotFileParser()
            rules.parse(["User-agent: *", "Disallow: /"])
            return rules
        rules = RobotFileParser()
        rules.parse(page.content.decode("utf-8", "replace").splitlines())
        return rules

    # --- one URL ------------------------------------------------------------------------------

    def _host(self, url: str) -> _Host:
        host = httpx.URL(url).netloc.decode("ascii")
        with self._lock:
            if host not in self._hosts:
                self._hosts[host] = _Host(self.fetching.per_host)
            return self._hosts[host]

    def _fetch(self, url: str, headers: dict[str, str]) -> Page:
        f = self.fetching
        for attempt in range(f.retries + 1):
            try:
                page = self._once(url, headers)
            except _Retryable as exc:
                if attempt == f.retries:
                    tries = f"{attempt + 1} attempt" + ("s" if attempt else "")
                    raise _Retryable(f"{exc} ({tries})") from None
                time.sleep(f.backoff * 2 ** attempt)
                continue
            return page
        raise AssertionError("unreachable")

    def _once(self, url: str, headers: dict[str, str]) -> Page:
        host = self._host(url)
        with host.slots:
            with host.lock:
                now = time.monotonic()
                start = max(now, host.next_start)
                host.next_start = start + self.fetching.host_interval
            time.sleep(start - now)
            try:
                with self.client.stream("GET", url, headers=headers) as response:
                    status = response.status_code
                    if status == 304:
                        return _page(response, b"")
                    if status >= 500 or status == 429:
                        raise _Retryable(f"HTTP {status}")
                    if status >= 400:
                        raise _ClientError(f"HTTP {status}")
                    return _page(response, self._body(response))
            except httpx.TooManyRedirects:
                raise FetchError(f"more than {self.fetching.max_redirects} redirects") from None
            except httpx.TimeoutException:
                raise _Retryable(f"no answer within {self.fetching.timeout:g} s") from None
            except httpx.TransportError as exc:
                raise _Retryable(f"network error ({type(exc).__name__}: {exc})") from None

    def _body(self, response: httpx.Response) -> bytes:
        cap = self.fetching.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(f"too large ({int(declared):,} bytes; the limit is {cap:,})")
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > cap:
                raise FetchError(f"too large (more than {cap:,} bytes; the limit is {cap:,})")
        return bytes(body)


class _Retryable(FetchError):
    """A failure worth another try: a 5xx or 429 answer, a timeout, a network error."""

    retryable = True


class _ClientError(FetchError):
    """A 4xx answer: final."""


def _page(response: httpx.Response, content: bytes) -> Page:
    return Page(str(response.url), response.status_code, content, response.headers.get("etag"),
                response.headers.get("last-modified"), response.headers.get("content-type", ""))
