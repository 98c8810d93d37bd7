"""SOURCES.toml: what `legation watch` follows, and how politely it fetches.

    [fetch]                       # optional; these are the defaults
    user_agent = "legation/0.1 (+https://example.org/contact)"
    timeout = 20                  # seconds per request
    max_bytes = 5000000           # a page or feed larger than this is refused
    retries = 3                   # after a 5xx answer or a network error
    backoff = 1.0                 # seconds before the first retry, doubled for each next one
    max_redirects = 5
    per_host = 2                  # requests in flight to one host
    host_interval = 1.0           # seconds between two requests to one host

    [[source]]
    name = "mfa-en"
    url = "https://mfa.example/rss.xml"
    kind = "feed"                 # feed (RSS or Atom), sitemap (a news sitemap) or urls (one URL a line)
    lang = "en"                   # optional hint, used when the language is not clear from the text
    interval = "15m"              # how often to poll it: seconds, or a number with s, m, h or d

Everything is checked once, here: an unknown key, a missing url or a bad interval is
one error naming the file and the source.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import httpx

from .. import __version__
from ..errors import InputError

KINDS = ("feed", "sitemap", "urls")
_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNIT = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


@dataclass(frozen=True)
class Fetching:
    """How the fetcher behaves towards every host."""

    user_agent: str = f"legation/{__version__} (news watcher; +https://pypi.org/project/legation/)"
    timeout: float = 20.0
    max_bytes: int = 5_000_000
    retries: int = 3
    backoff: float = 1.0
    max_redirects: int = 5
    per_host: int = 2
    host_interval: float = 1.0


@dataclass(frozen=True)
class Source:
    """One followed source."""

    name: str
    url: httpx.URL
    kind: str = "feed"
    lang: str | None = None
    interval: float = 900.0          # seconds


@dataclass(frozen=True)
class Sources:
    sources: tuple[Source, ...]
    fetching: Fetching = field(default_factory=Fetching)


def parse_interval(value: Any, where: str) -> float:
    """Seconds from 900, "900", "15m", "1h" or "1d"."""
    m = _INTERVAL.match(str(value))
    if isinstance(value, bool) or not m or float(m.group(1)) < 0:
        raise InputError(where, f"interval {value!r} is not a duration (seconds, or 30s, 15m, 1h, 1d)")
    return float(m.group(1)) * _UNIT[m.group(2)]


def load_sources(path: str | Path) -> Sources:
    """Read and check a SOURCES.toml file.

    Raises:
        InputError: the file is missing, not TOML, or a source or setting in it is wrong.
    """
    where = str(path)
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise InputError(where, "no such file") from None
    except OSError as exc:
        raise InputError(where, f"cannot be read ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(where, f"not valid TOML ({exc})") from None
    unknown = sorted(set(data) - {"fetch", "source"})
    if unknown:
        raise InputError(where, f"unknown section(s) {', '.join(unknown)} (expected [fetch] and [[source]])")
    fetching = _fetching(data.get("fetch", {}), where)
    raw = data.get("source", [])
    if not isinstance(raw, list) or not raw:
        raise InputError(where, "no [[source]] entries")
    sources = [_source(entry, f"{where}: source {i + 1}") for i, entry in enumerate(raw)]
    names = [s.name for s in sources]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise InputError(where, f"source name(s) used twice: {', '.join(twice)}")
    return Sources(tuple(sources), fetching)


def _fetching(table: Any, where: str) -> Fetching:
    if not isinstance(table, dict):
        raise InputError(where, "[fetch] must be a table")
    known = {f.name: f.type for f in fields(Fetching)}
    unknown = sorted(set(table) - set(known))
    if unknown:
        raise InputError(where, f"unknown [fetch] setting(s) {', '.join(unknown)}")
    values: dict[str, Any] = {}
    for key, value in table.items():
        default = getattr(Fetching, key)
        if isinstance(default, str):
            ok = isinstance(value, str) and bool(value.strip())
        else:
            ok = isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0
            value = type(default)(value) if ok else value
        if not ok:
            raise InputError(where, f"[fetch] {key} = {value!r} is not a valid value")
        values[key] = value
    if values.get("per_host", 1) < 1 or values.get("max_bytes", 1) < 1:
        raise InputError(where, "[fetch] per_host and max_bytes must be at least 1")
    return Fetching(**values)


def _source(entry: Any, where: str) -> Source:
    if not isinstance(entry, dict):
        raise InputError(where, "must be a table")
    unknown = sorted(set(entry) - {"name", "url", "kind", "lang", "interval"})
    if unknown:
        raise InputError(where, f"unknown key(s) {', '.join(unknown)}")
    url = entry.get("url")
    if not isinstance(url, str) or not url.strip():
        raise InputError(where, "has no url")
    try:
        parsed = httpx.URL(url.strip())
    except httpx.InvalidURL as exc:
        raise InputError(where, f"url {url!r} is not a URL ({exc})") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise InputError(where, f"url {url!r} is not an http(s) URL")
    name = entry.get("name", parsed.host + parsed.path)
    if not isinstance(name, str) or not name.strip():
        raise InputError(where, "name must be a non-empty string")
    kind = entry.get("kind", "feed")
    if kind not in KINDS:
        raise InputError(where, f"kind {kind!r} is not one of {', '.join(KINDS)}")
    lang = entry.get("lang")
    if lang is not None and not (isinstance(lang, str) and re.fullmatch(r"[a-z]{2,3}", lang)):
        raise InputError(where, f"lang {lang!r} is not a language code (en, ru, ...)")
    interval = parse_interval(entry.get("interval", 900), where)
    return Source(name.strip(), parsed, kind, lang, interval)
