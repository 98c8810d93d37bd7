"""Portuguese domestic unrest: a police car running over a protester is the state's coercion of its people;
an apology by an official named by title after the country is a domestic concession."""

import pytest

from ..event_rows import extracted_events

ROWS = [
    ('pt', '2025-03-01', 'Uma viatura da polícia atropelou um manifestante em São Paulo.', [('COERCE', 'BRA', 'BRA', '2025-03-01')]),
    ('pt', '2025-03-01', 'O presidente do Brasil pediu desculpas às famílias das vítimas.', [('CONCEDE', 'BRA', 'BRA', '2025-03-01')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_unrest(lang, published, text, expected):
    assert {e[:4] for e in extracted_events(lang, published, text)} == set(expected)
