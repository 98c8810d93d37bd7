"""Main-text extraction from HTML pages (trafilatura), with title, date, URL and site from metadata.

Paragraphs come out separated by blank lines; the `clean` stage then treats them like
the lines of a scraped text file (a page's leftovers such as share rows are
dropped there too).
"""

from __future__ import annotations

import re
from typing import Any

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
# libxml2, under trafilatura, stops building the tree 256 elements deep: an article nested
# deeper is lost. Such a page is read again with its deepest wrappers taken out.
MAX_DEPTH = 200
_TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]*)\b[^>]*?(/?)>")
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
# Elements that carry an article's structure: kept at any depth.
_KEEP = frozenset("html head body title article main p h1 h2 h3 h4 h5 h6 li ul ol".split())


def extract_html(html: str, *, url: str | None = None) -> tuple[str, dict[str, str | None]]:
    """The article body of `html` as plain text (one paragraph a line), and its metadata.

    Returns:
        (body, {"title", "published", "url", "site"}); body is "" when the page has no main text.
    """
    body, meta = _extract(html, url)
    if not body.strip():
        flat = _flatten(html)
        if flat is not None:
            body, meta = _extract(flat, url)
            if not body.strip():
                meta["why"] = f"HTML page with no article text (nested deeper than {MAX_DEPTH} elements)"
    return body, meta


def _extract(html: str, url: str | None) -> tuple[str, dict[str, str | None]]:
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


def _flatten(html: str) -> str | None:
    """`html` without the wrappers nested deeper than `MAX_DEPTH` (their text stays), or None
    when it is not that deep."""
    stack: list[tuple[str, bool]] = []
    depth = deepest = 0
    out: list[str] = []
    last = 0
    for m in _TAG.finditer(html):
        closing, name, self_closing = m.group(1), m.group(2).lower(), m.group(3)
        keep = True
        if not closing and not self_closing and name not in _VOID:
            keep = depth < MAX_DEPTH or name in _KEEP
            stack.append((name, keep))
            depth += keep
            deepest = max(deepest, len(stack))
        elif closing and any(n == name for n, _ in stack):
            while stack:
                n, kept = stack.pop()
                depth -= kept
                if n == name:
                    keep = kept
                    break
        if not keep:
            out.append(html[last:m.start()])
            last = m.end()
    if deepest <= MAX_DEPTH:
        return None
    out.append(html[last:])
    return "".join(out)


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
