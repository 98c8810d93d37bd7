"""What a source lists: the items of an RSS/Atom feed (feedparser), a news sitemap, or a URL list."""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from ..store.rows import as_date


class FeedError(Exception):
    """A source whose listing cannot be read; str() is the reason."""


@dataclass(frozen=True)
class Item:
    """One article a source lists: its page URL, and what the listing says about it."""

    url: str
    title: str | None = None
    published: str | None = None      # YYYY-MM-DD, as the listing dates it


@dataclass(frozen=True)
class Listing:
    title: str | None
    items: tuple[Item, ...]


def read_listing(kind: str, content: bytes, base: str) -> Listing:
    """The items of a fetched listing of `kind` (feed, sitemap, urls), links made absolute.

    Raises:
        FeedError: the listing is not what its kind says (a malformed feed, a sitemap index...).
    """
    if kind == "feed":
        return _feed(content, base)
    if kind == "sitemap":
        return _sitemap(content, base)
    return _urls(content, base)


def _absolute(base: str, link: object) -> str | None:
    if not isinstance(link, str) or not link.strip():
        return None
    try:
        url = httpx.URL(base).join(link.strip())
    except httpx.InvalidURL:
        return None
    return str(url.copy_with(fragment=None)) if url.scheme in ("http", "https") and url.host else None


def _feed(content: bytes, base: str) -> Listing:
    import feedparser

    parsed = feedparser.parse(content, response_headers={"content-location": base})
    if parsed.get("bozo") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise FeedError(f"not a readable RSS or Atom feed ({problem or 'no entries'})")
    items = []
    for entry in parsed.entries:
        url = _absolute(base, entry.get("link"))
        if url is None:
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = time.strftime("%Y-%m-%d", stamp) if stamp else None
        items.append(Item(url, _text(entry.get("title")), published))
    return Listing(_text(parsed.feed.get("title")), tuple(items))


def _sitemap(content: bytes, base: str) -> Listing:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(content, parser)
    except etree.XMLSyntaxError as exc:
        raise FeedError(f"not a readable sitemap ({exc})") from None
    if etree.QName(root).localname == "sitemapindex":
        raise FeedError("a sitemap index, not a sitemap: list the sitemaps it names as sources")
    if etree.QName(root).localname != "urlset":
        raise FeedError(f"not a sitemap (its root element is <{etree.QName(root).localname}>)")
    items = []
    for node in root:
        if not isinstance(node.tag, str) or etree.QName(node).localname != "url":
            continue
        found = {etree.QName(el).localname: (el.text or "").strip()
                 for el in node.iter() if isinstance(el.tag, str)}
        url = _absolute(base, found.get("loc"))
        if url is None:
            continue
        date = as_date(found.get("publication_date") or found.get("lastmod"))
        items.append(Item(url, found.get("title") or None, date.isoformat() if date else None))
    return Listing(None, tuple(items))


def _urls(content: bytes, base: str) -> Listing:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FeedError("a URL list that is not UTF-8 text") from None
    items = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            url = _absolute(base, line)
            if url is None:
                raise FeedError(f"a URL list with a line that is not a URL: {line[:80]!r}")
            items.append(Item(url))
    return Listing(None, tuple(items))


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None
