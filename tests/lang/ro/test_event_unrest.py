"""Romanian domestic unrest: stun grenades against protesters are coercion (and the protest they answer);
an apology by an official named by title after the country is a domestic concession."""

import pytest

from ..event_rows import extracted_events

ROWS = [
    ('ro', '2025-03-01', 'Jandarmii au folosit grenade asurzitoare împotriva protestatarilor la București.', [('COERCE', 'ROU', 'ROU', '2025-03-01'), ('PROTEST', 'ROU', 'ROU', '2025-03-01')]),
    ('ro', '2025-03-01', 'Ministrul român de interne și-a cerut scuze.', [('CONCEDE', 'ROU', 'ROU', '2025-03-01')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_unrest(lang, published, text, expected):
    assert {e[:4] for e in extracted_events(lang, published, text)} == set(expected)
