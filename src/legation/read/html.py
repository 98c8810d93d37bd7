"""Main-text extraction from HTML pages (trafilatura), with title, date, URL and site from metadata.

Paragraphs come out separated by blank lines; the `clean` stage then treats them like
the lines of a scraped text file (a page's leftovers such as share rows are
dropped there too).
"""

from __future__ import annotations

import re
from typing import Any

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def extract_html(html: str, *, url: str | None = None) -> tuple[str, dict[str, str | None]]:
    """The article body of `html` as plain text (one paragraph a line), and its metadata.

    Returns:
        (body, {"title", "published", "url", "site"}); body is "" when the page has no main text.
    """
    import trafilatura

    result: Any = trafilatura.bare_extraction(
        html, url=url, include_comments=False, include_tables=False, favor_precision=True,
        deduplicate=False, with_metadata=True,
    )
    if result is None:
        # A fragment or a page trafilatura cannot segment: fall back to its recall mode.
        body = trafilatura.extract(html, url=url, include_comments=False, favor_recall=True) or ""
        return body, {"title": None, "published": None, "url": url, "site": None}
    values = result if isinstance(result, dict) else result.as_dict()
    # trafilatura puts one block element a line: each is a paragraph.
    body = "\n\n".join(ln.strip() for ln in (values.get("text") or "").splitlines() if ln.strip())
    date = values.get("date")
    meta: dict[str, str | None] = {
        "title": _clean(values.get("title")),
        "published": date[:10] if isinstance(date, str) and _ISO_DATE.match(date) else None,
        "url": _clean(values.get("url")) or url,
        "site": _clean(values.get("sitename")),
    }
    return body, meta


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
