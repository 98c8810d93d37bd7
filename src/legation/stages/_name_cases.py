"""Personal names in an oblique case, back to the nominative (`resources/<lang>/names.toml`).

Two mechanisms, both data-driven:

* Turkic languages glue case endings to a name ("Нурпеисовпен", "Əsədovun",
  "Beridzeni"). An ending no name has is always cut; a shorter one only
  after a consonant, or when what remains ends like a surname ("-ov", "-dze"),
  or when the bare form is written elsewhere in the document.
* Russian declines first names and surnames after a governing word
  ("с послом ... Глебом Сорокиным"): the ending of the role word's
  first word tells the case, and per-case ending tables give the nominative.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from .. import resources
from ..text.fold import fold

_MIN_FIRST_NAME = 2
_VOWELS = frozenset("aeiouyəıöüâîûаеёиоуыэюяіұүөә")


@dataclass(frozen=True)
class NameCases:
    """One language's data for putting a name back into the nominative (folded endings)."""

    always: tuple[str, ...]
    after_consonant: tuple[str, ...]
    guarded: tuple[str, ...]
    surname_endings: tuple[str, ...]
    min_stem: int
    nominative_words: frozenset[str]
    governed: tuple[tuple[str, str], ...]            # (ending of a role's first word, case), longest first
    first: dict[str, tuple[tuple[str, str], ...]]   # case -> (oblique ending, nominative ending)
    last: dict[str, tuple[tuple[str, str], ...]]
    initials: bool = False     # a capital and a dot open a name, space or none after it ("У.Хүрэлсүх")
    # Names written family name first (Hungarian "Orbán Viktor"): the given names that tell it.
    given_last: frozenset[str] = frozenset()


def _pairs(table: dict[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(((fold(k), v) for k, v in table.items()), key=lambda p: len(p[0]), reverse=True))


def _longest_first(words: list[str]) -> tuple[str, ...]:
    return tuple(sorted({fold(w) for w in words}, key=len, reverse=True))


@cache
def name_cases(lang: str) -> NameCases:
    """The name-case data of `lang` (empty for a language without `names.toml`)."""
    data = resources.load(lang, "names")
    suffixes = data.get("suffixes", {})
    governed = data.get("governed", {})
    pairs = [(fold(ending), case) for case, endings in governed.items() if case != "nominative_words"
             for ending in endings]
    return NameCases(
        _longest_first(suffixes.get("always", [])),
        _longest_first(suffixes.get("after_consonant", [])),
        _longest_first(suffixes.get("guarded", [])),
        _longest_first(data.get("surnames", {}).get("endings", [])),
        int(suffixes.get("min_stem", 3)),
        frozenset(fold(w) for w in governed.get("nominative_words", [])),
        tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True)),
        {case: _pairs(table) for case, table in data.get("first", {}).items()},
        {case: _pairs(table) for case, table in data.get("last", {}).items()},
        bool(data.get("initials", False)),
        frozenset(fold(w) for w in data.get("family_first", {}).get("given_names", [])),
    )


def usual_order(words: list[str], cases: NameCases) -> list[str]:
    """A name's words in the order English reports use: a name the language writes family
    name first ("Orbán Viktor": its last word one of `names.toml` `[family_first] given_names`,
    its first not) gets its given name in front ("Viktor Orbán"); other names are kept."""
    if len(words) < 2 or not cases.given_last:
        return words
    if fold(words[-1]) in cases.given_last and fold(words[0]) not in cases.given_last:
        return [words[-1], *words[:-1]]
    return words


def governing_case(role_surface: str, cases: NameCases) -> str | None:
    """The case a role phrase puts the name after it in ("послом" -> "ins"), or None."""
    words = fold(role_surface).split()
    if not words or not cases.governed:
        return None
    head = words[0]
    if head in cases.nominative_words:
        return None
    for ending, case in cases.governed:
        if head.endswith(ending) and len(head) - len(ending) >= 3:
            return case
    return None


def _with_ending(word: str, cut: int, ending: str) -> str:
    return word[: len(word) - cut] + ending


def _surname_like(stem: str, cases: NameCases) -> bool:
    return any(stem.endswith(e) for e in cases.surname_endings)


def strip_case(word: str, cases: NameCases, seen: Callable[[str], bool]) -> str:
    """A name's last word without a glued case ending ("Кулубаевпен" -> "Кулубаев").

    Args:
        word: the surface word.
        cases: the language's data.
        seen: whether a folded bare form is written elsewhere in the document.
    """
    low = fold(word)
    for suffix in cases.always:
        if low.endswith(suffix) and len(low) - len(suffix) >= cases.min_stem:
            return word[: len(word) - len(suffix)]
    for suffix in cases.after_consonant:
        stem = low[: len(low) - len(suffix)]
        if low.endswith(suffix) and len(stem) >= cases.min_stem and stem[-1] not in _VOWELS:
            return word[: len(word) - len(suffix)]
    for suffix in cases.guarded:
        stem = low[: len(low) - len(suffix)]
        if not low.endswith(suffix) or len(stem) < cases.min_stem:
            continue
        # "Qafarova" is a surname already, not "Qafarov" in the dative, unless the text says so;
        # a given name of a family-name-first language is one ("Orbán Viktor|t").
        if seen(stem) or stem in cases.given_last or (_surname_like(stem, cases) and not _surname_like(low, cases)):
            return word[: len(word) - len(suffix)]
    return word


def decline_back(word: str, case: str, last: bool, cases: NameCases, seen: Callable[[str], bool]) -> str:
    """A first name or surname in `case` put back into the nominative ("Глебом" -> "Глеб")."""
    low = fold(word)
    table = (cases.last if last else cases.first).get(case, ())
    for oblique, nominative in table:
        if not low.endswith(oblique):
            continue
        base = _with_ending(word, len(oblique), nominative)
        folded = fold(base)
        # A first name may be short ("Яном" -> "Ян"); a surname stem needs min_stem letters.
        if len(folded) < (cases.min_stem if last else _MIN_FIRST_NAME):
            continue
        # A surname changes only when the result looks like one, or is written so elsewhere.
        # A bare consonant stem is trusted only after a two-letter ending ("-ом", not "-а":
        # "Хакала" is a woman's indeclinable surname, not "Хакал" in the genitive).
        if last and not (_surname_like(folded, cases) or seen(folded)
                         or (not nominative and len(oblique) >= 2 and folded[-1] not in _VOWELS)):
            continue
        return base
    return word
