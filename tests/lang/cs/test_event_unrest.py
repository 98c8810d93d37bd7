"""Czech domestic unrest: a police car running over a demonstrator is coercion; an apology by an official
named by title is a domestic concession."""

import pytest

from ..event_rows import extracted_events

ROWS = [
    ('cs', '2025-03-01', 'Policejní auto přejelo demonstranta v Praze.', [('COERCE', 'CZE', 'CZE', '2025-03-01')]),
    ('cs', '2025-03-01', 'Policejní prezident Česka se omluvil za zásah.', [('CONCEDE', 'CZE', 'CZE', '2025-03-01')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_unrest(lang, published, text, expected):
    assert {e[:4] for e in extracted_events(lang, published, text)} == set(expected)
