"""Signing in person is also a meeting: two sides whose officials sign at a place the sentence
names (a city, a venue) met there, on the signing's day; a signing with no place named, or one that
another act is done to ("approved the agreement signed in ..."), is no meeting. Issue 13; the
sentences are made up. The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('tr', "2024-05-10", "Cumhurbaşkanı Recep Tayyip Erdoğan ve Macaristan Başbakanı Viktor Orban pazartesi günü Budapeşte'de enerji alanında bir anlaşma imzaladı.",
     [('SUPPORT', 'TUR', 'HUN', '2024-05-06', 'Budapest'), ('CONSULT', 'TUR', 'HUN', '2024-05-06', 'Budapest')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_signing_in_person_is_a_meeting(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
