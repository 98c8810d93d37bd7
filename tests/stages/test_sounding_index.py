"""The lookups that make a bare surname in a script without capitals fast give the same holders as
reading the whole table: the nearest-sounding holder in office on a day (`_nearest_sounding`,
through its index of letters), a set of offices' holders with their dated terms, and the titles
glued to an office's name (remembered per word)."""

from __future__ import annotations

import datetime as dt
from difflib import SequenceMatcher

import pytest

from legation.gazetteer import officials
from legation.stages import _uncased
from legation.stages._uncased import _SOUND_LIKENESS, _heard, _name_words

_HEADS = frozenset({"head_of_state", "head_of_government"})
_MINISTERS = frozenset({"foreign_minister", "defence_minister", "economy_minister", "trade_minister", "other_minister"})
_DAYS = (dt.date(2017, 6, 1), dt.date(2021, 3, 1))
# Surnames as Japanese and Korean write foreign leaders' and ministers' (and some no one has).
_NAMES = ("バイデン", "プーチン", "マクロン", "エルドアン", "ゼレンスキー", "ブリンケン", "ラブロフ", "ジョンソン",
          "トランプ", "메르켈", "모리슨", "트뤼도", "ナカムラタロウ", "アイウエオ")


def _by_reading_every_holder(name: str, offices: frozenset[str], day: dt.date) -> officials.Holder | None:
    """The nearest-sounding holder, every holder of the offices compared in full."""
    here = _heard(_name_words(name)[-1])
    if not here:
        return None
    scored = []
    for h in officials.holders_of(offices):
        if not any(t.office in offices and t.start is not None and t.gap(day) == 0 for t in h.terms):
            continue
        scored.append((SequenceMatcher(None, here, _heard(h.name.split()[-1])).ratio(), h.name, h))
    scored.sort(key=lambda t: -t[0])
    if not scored or scored[0][0] < _SOUND_LIKENESS \
            or len(scored) > 1 and scored[1][0] == scored[0][0] and scored[1][1] != scored[0][1]:
        return None
    return scored[0][2]


@pytest.mark.parametrize("offices", [_HEADS, _MINISTERS], ids=["heads", "ministers"])
def test_the_nearest_sounding_holder_is_the_one_reading_every_holder_gives(offices):
    names = _NAMES if offices == _HEADS else _NAMES[4:9]       # (the ministers are many: fewer asked)
    found = {(name, day): _uncased._nearest_sounding(name, offices, day) for name in names for day in _DAYS}
    assert found == {(name, day): _by_reading_every_holder(name, offices, day) for name in names for day in _DAYS}
    assert any(h is not None for h in found.values())        # (some are found: the comparison says something)


def test_a_set_of_offices_holders_come_with_their_dated_terms_in_the_tables_order():
    got = officials.dated_terms_of(_HEADS)
    expected = []
    for h in officials.holders_of(_HEADS):
        terms = sorted((t.start, t.end or dt.date.max) for t in h.terms if t.office in _HEADS and t.start is not None)
        if terms:
            expected.append((h, terms))
    assert [(h, sorted((s, e or dt.date.max) for s, e in terms)) for h, terms in got] == expected


def test_a_title_glued_to_an_office_is_found_in_the_word_alone():
    cfg = _uncased.beside_role("ko")
    assert cfg is not None and cfg.role_suffixes
    suffix, role = cfg.role_suffixes[0]
    assert _uncased._glued_title("가나다" + suffix, cfg) == role
    assert _uncased._glued_title(suffix, cfg) is None                  # no office's name before it
    assert _uncased._glued_title("abc" + suffix, cfg) is None          # not all Hangul
