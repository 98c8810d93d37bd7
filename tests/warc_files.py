"""WARC files for tests, written with warcio: responses holding HTML pages."""

from __future__ import annotations

import html
import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def page(title: str, text: str) -> bytes:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())
    return (f"<!doctype html><html><head><title>{html.escape(title)}</title></head><body>"
            f"<article><h1>{html.escape(title)}</h1>{paragraphs}</article></body></html>").encode("utf-8")


def write_warc(path: Path, pages: list[tuple[str, bytes]], *, gzip: bool = True,
               without_uri: int | None = None) -> Path:
    """A WARC of one response per (url, body); the record numbered `without_uri` lacks its target URI."""
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        for n, (url, body) in enumerate(pages):
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
            if n == without_uri:
                rec.rec_headers.remove_header("WARC-Target-URI")
            writer.write_record(rec)
    return path
