"""Turkish: an own ambassador called home "for consultations" is a recall (a sanction on the country of the
post), not a summons of a foreign envoy."""

import pytest

from ..event_rows import extracted_events

ROWS = [
    ('tr', '2025-04-10', "Türkiye, Viyana Büyükelçisini istişare için Ankara'ya çağırdı.", [('SANCTION', 'TUR', 'AUT', '2025-04-10')]),
    ('tr', '2025-04-10', 'Türkiye, Stockholm Büyükelçisini istişareler için çağırdı.', [('SANCTION', 'TUR', 'SWE', '2025-04-10')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_recall_consultations(lang, published, text, expected):
    assert {e[:4] for e in extracted_events(lang, published, text)} == set(expected)
