"""Signing in person is also a meeting: two sides whose officials sign at a place the sentence
names (a city, a venue) met there, on the signing's day; a signing with no place named, or one that
another act is done to ("approved the agreement signed in ..."), is no meeting. Issue 13; the
sentences are made up. The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('en', "2024-05-10", 'The prime ministers of Portugal and Croatia signed a memorandum on energy in Lisbon on Monday.',
     [('SUPPORT', 'PRT', 'HRV', '2024-05-06', 'Lisbon'), ('CONSULT', 'PRT', 'HRV', '2024-05-06', 'Lisbon')]),
    ('en', "2024-05-10", 'Portugal and Croatia signed a memorandum on energy on Monday.',
     [('SUPPORT', 'PRT', 'HRV', '2024-05-06', None)]),
    ('en', "2024-05-10", 'The Croatian parliament on Monday approved the agreement with Portugal signed in Lisbon.',
     [('SUPPORT', 'HRV', 'PRT', '2024-05-06', 'Lisbon')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_signing_in_person_is_a_meeting(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
