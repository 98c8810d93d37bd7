"""The characters every match of a regular expression can start with, as a character class.

Python's regex engine jumps in C only to the first character of a pattern that opens with a
character class; a pattern that opens with a look-behind or a long alternation is tried, branch
by branch, at every position. A look-ahead on the class of the alternatives' first characters
(`first_class`) lets it reject most positions at once, with the same matches.
"""

from __future__ import annotations

import re._constants as _c
import re._parser as _p
from typing import Any

_CATEGORIES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_SPACE: r"\s",
               _c.CATEGORY_NOT_SPACE: r"\S", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_NOT_WORD: r"\W"}


def _escape(code: int) -> str:
    return "\\x%02x" % code if code < 0x100 else "\\u%04x" % code if code < 0x10000 else "\\U%08x" % code


def _first(seq: Any) -> tuple[list[str], bool] | None:
    """The class fragments a parsed sequence can start with and whether it can match empty;
    None when that is not known (a negated class, inline flags, a back-reference ...)."""
    out: list[str] = []
    for op, av in seq:
        if op is _c.LITERAL:
            return [*out, _escape(av)], False
        if op is _c.IN:
            for o, a in av:
                if o is _c.LITERAL:
                    out.append(_escape(a))
                elif o is _c.RANGE:
                    out.append(_escape(a[0]) + "-" + _escape(a[1]))
                elif o is _c.CATEGORY and a in _CATEGORIES:
                    out.append(_CATEGORIES[a])
                else:            # a negated class, a Unicode category the class syntax lacks
                    return None
            return out, False
        if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            continue             # zero-width: what follows starts at the same place
        found: tuple[list[str], bool] | None
        if op is _c.SUBPATTERN:
            if av[1] or av[2]:   # inline flags (case-insensitive ...)
                return None
            found = _first(av[3])
        elif op is _c.BRANCH:
            parts = [_first(branch) for branch in av[1]]
            if any(part is None for part in parts):
                return None
            found = ([f for part in parts if part for f in part[0]], any(part[1] for part in parts if part))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            found = _first(av[2])
            if found is not None and av[0] == 0:
                found = (found[0], True)
        else:
            return None
        if found is None:
            return None
        out += found[0]
        if not found[1]:
            return out, False
    return out, True


def first_class(pattern: str) -> str | None:
    """A character class (`[...]`) that the first character of every match of `pattern` belongs
    to, or None when it cannot tell (the pattern may match empty, or opens with something it does
    not read). Only for patterns compiled without flags."""
    found = _first(_p.parse(pattern))
    if found is None or found[1] or not found[0]:
        return None
    return "[" + "".join(dict.fromkeys(found[0])) + "]"
