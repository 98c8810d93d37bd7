"""Signing in person is also a meeting: two sides whose officials sign at a place the sentence
names (a city, a venue) met there, on the signing's day; a signing with no place named, or one that
another act is done to ("approved the agreement signed in ..."), is no meeting. Issue 13; the
sentences are made up. The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('de', "2024-05-10", 'Bundeskanzler Olaf Scholz und der polnische Ministerpräsident Donald Tusk haben am Montag in Warschau ein Abkommen über Energie unterzeichnet.',
     [('SUPPORT', 'DEU', 'POL', '2024-05-06', 'Warsaw'), ('CONSULT', 'DEU', 'POL', '2024-05-06', 'Warsaw')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_signing_in_person_is_a_meeting(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
