"""Gold cases in the format of `shared/gold/README.md`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError


def load_cases(gold_dir: str | Path) -> Iterator[dict[str, Any]]:
    root = Path(gold_dir)
    if not root.is_dir():
        raise InputError(str(gold_dir), "not a directory of gold cases")
    files = sorted(root.glob("*.json"))
    if not files:
        raise InputError(str(gold_dir), "holds no gold cases (*.json)")
    for path in files:
        try:
            case = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(str(path), f"not a readable gold case ({exc})") from None
        case.setdefault("id", path.stem)
        yield case
