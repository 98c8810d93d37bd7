"""`legation watch`: follow feeds, sitemaps and URL lists; fetch politely; ingest what is new."""

from __future__ import annotations

from .run import PassReport, watch, watch_pass
from .sources import Sources, load_sources

__all__ = ["PassReport", "Sources", "load_sources", "watch", "watch_pass"]
