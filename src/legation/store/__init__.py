"""The store: a DuckDB database of documents, their facts, and what is merged across them."""

from __future__ import annotations

from .core import BatchResult, Outcome, Store

__all__ = ["BatchResult", "Outcome", "Store"]
