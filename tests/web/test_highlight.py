"""Cutting article text into highlighted segments (no HTML is ever built from article text)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from legation.web.highlight import Mark, segments


def test_nested_marks_cut_the_text_and_the_inner_link_wins():
    text = "Ministers met in Bern on Monday."
    marks = [Mark(0, len(text), "event", "CONSULT", "/event/1"), Mark(17, 21, "place", "Bern")]
    segs = segments(text, marks)
    assert [s.text for s in segs] == ["Ministers met in ", "Bern", " on Monday."]
    assert segs[1].kinds == ["event", "place"] and segs[1].notes == ["CONSULT", "Bern"]
    assert all(s.href == "/event/1" for s in segs)


def test_marks_outside_the_text_are_ignored():
    segs = segments("short", [Mark(3, 99, "figure"), Mark(-1, 2, "figure"), Mark(2, 2, "figure")])
    assert [(s.text, s.kinds) for s in segs] == [("short", [])]


def test_markup_stays_plain_text_in_segments():
    script = "<script>alert(1)</script>"
    text = f"a {script} b"
    segs = segments(text, [Mark(2, 2 + len(script), "evidence")])
    assert [s.text for s in segs] == ["a ", script, " b"] and segs[1].kinds == ["evidence"]


@given(st.text(max_size=60), st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70)), max_size=6))
def test_segments_always_join_back_to_the_text(text, spans):
    segs = segments(text, [Mark(a, b, "entity") for a, b in spans])
    assert "".join(s.text for s in segs) == text
    assert all(s.text for s in segs)
