"""Reading input: bytes, plain text or HTML in; a `Document` with `raw` and `source` out.

Boilerplate removal is the `clean` stage (`legation.read.clean`).
"""

from __future__ import annotations

from .input import read_input, read_path

__all__ = ["read_input", "read_path"]
