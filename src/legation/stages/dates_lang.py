"""Month and weekday names of one language: the gazetteer's CLDR names plus curated forms.

The gazetteer (`legation.gazetteer.months/weekdays`, generated from Babel) gives
the standard names; `resources/<lang>/dates.toml` adds what CLDR lacks:
abbreviations with dots, inflected forms ("октябре", "среду") and common
spellings. Both are merged into `{folded form: number}`.
"""

from __future__ import annotations

from functools import cache

from .. import resources
from ..text.fold import fold


def _gazetteer(kind: str, lang: str) -> dict[str, int]:
    try:
        from .. import gazetteer
    except ImportError:       # pragma: no cover - the gazetteer is part of the package
        return {}
    fn = getattr(gazetteer, kind, None)
    if fn is None:
        return {}
    try:
        return dict(fn(lang) or {})
    except (LookupError, OSError, ValueError):
        return {}


def _curated(table: dict[str, list[str]] | None, offset: int) -> dict[str, int]:
    out: dict[str, int] = {}
    for number, forms in (table or {}).items():
        for form in forms:
            key = fold(form).rstrip(".")
            if key:
                out[key] = int(number) + offset
    return out


@cache
def months(lang: str) -> dict[str, int]:
    """`{folded month form: 1..12}` for `lang`."""
    out = _gazetteer("months", lang)
    out = {fold(k).rstrip("."): v for k, v in out.items() if k}
    out.update(_curated(resources.load(lang, "dates").get("months"), 0))
    return out


@cache
def weekdays(lang: str) -> dict[str, int]:
    """`{folded weekday form: 0..6}` (Monday is 0) for `lang`."""
    out = _gazetteer("weekdays", lang)
    # Short abbreviations ("mer.", "Sun") are ordinary words too often to match alone.
    out = {fold(k).rstrip("."): v for k, v in out.items() if len(k.rstrip(".")) >= 4}
    data = resources.load(lang, "dates")
    # Curated tables number weekdays 1..7 from Monday, as people write them.
    out.update(_curated(data.get("weekdays"), -1))
    for word in data.get("not_weekdays") or []:
        out.pop(fold(word), None)      # also an everyday word ("bazar": market)
    return out
