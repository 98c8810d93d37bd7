"""Arabic: a police car running over a demonstrator is coercion of the country's people; a word inside a
ministry's name is no act."""

import pytest

from ..event_rows import extracted_events

ROWS = [
    ('ar', '2025-03-01', 'دهست سيارة شرطة متظاهرا في القاهرة.', [('COERCE', 'EGY', 'EGY', '2025-03-01')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_unrest(lang, published, text, expected):
    assert {e[:4] for e in extracted_events(lang, published, text)} == set(expected)


def test_a_ministry_is_no_visit():
    # "وزارة" (ministry) reads as "and visited" plus an ending; inside the ministry's name it is no act.
    assert extracted_events("ar", "2025-04-10", "نشرت وزارة الخارجية المصرية صورا للسفير الإسرائيلي.") == set()
