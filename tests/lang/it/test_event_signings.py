"""Signing in person is also a meeting: two sides whose officials sign at a place the sentence
names (a city, a venue) met there, on the signing's day; a signing with no place named, or one that
another act is done to ("approved the agreement signed in ..."), is no meeting. Issue 13; the
sentences are made up. The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('it', "2024-05-10", "LUBIANA, 6 maggio. Il cancelliere austriaco Karl Nehammer e il primo ministro sloveno Robert Golob hanno firmato lunedì a Lubiana un accordo sull'energia.",
     [('SUPPORT', 'AUT', 'SVN', '2024-05-06', 'Ljubljana'), ('CONSULT', 'AUT', 'SVN', '2024-05-06', 'Ljubljana')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_signing_in_person_is_a_meeting(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
