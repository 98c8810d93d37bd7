"""Signing in person is also a meeting: two sides whose officials sign at a place the sentence
names (a city, a venue) met there, on the signing's day; a signing with no place named, or one that
another act is done to ("approved the agreement signed in ..."), is no meeting. Issue 13; the
sentences are made up. The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('fr', "2024-05-10", 'Le président Emmanuel Macron et le Premier ministre grec Kyriakos Mitsotakis ont signé lundi à Athènes un accord de défense.',
     [('SUPPORT', 'FRA', 'GRC', '2024-05-06', 'Athens'), ('CONSULT', 'FRA', 'GRC', '2024-05-06', 'Athens')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_signing_in_person_is_a_meeting(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
