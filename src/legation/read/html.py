"""Main-text extraction from HTML pages (trafilatura), with title, date and URL from metadata."""

from __future__ import annotations


def extract_html(html: str, *, url: str | None = None) -> tuple[str, dict[str, str | None]]:
    """The article body of `html` as plain text, and its metadata (title, published, url, site)."""
    import trafilatura

    body = trafilatura.extract(html, url=url, include_comments=False, include_tables=False,
                               favor_precision=True, deduplicate=False) or ""
    meta: dict[str, str | None] = {}
    md = trafilatura.extract_metadata(html, default_url=url)
    if md is not None:
        meta = {"title": md.title, "published": md.date, "url": md.url, "site": md.sitename}
    return body, meta
