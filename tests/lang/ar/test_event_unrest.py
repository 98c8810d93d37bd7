"""Arabic domestic unrest: a police car running over a demonstrator is coercion of the country's people."""

import pytest

from ..event_rows import extracted_events

ROWS = [
    ('ar', '2025-03-01', 'دهست سيارة شرطة متظاهرا في القاهرة.', [('COERCE', 'EGY', 'EGY', '2025-03-01')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_unrest(lang, published, text, expected):
    assert {e[:4] for e in extracted_events(lang, published, text)} == set(expected)
