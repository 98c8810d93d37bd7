"""English coercion at home: a state that bans opposition candidates from an election, or prevents (breaks up) a
demonstration, coerces its own people (COERCE, domestic). Issue 13; the sentences are made up.
The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('en', "2024-05-10", 'The electoral commission of Kenya banned three opposition candidates from the vote on Monday.',
     [('COERCE', 'KEN', 'KEN', '2024-05-06', None)]),
    ('en', "2024-05-10", 'Kenyan police prevented a demonstration by students in Nairobi on Monday.',
     [('COERCE', 'KEN', 'KEN', '2024-05-06', 'Nairobi')]),
    ('en', "2024-05-10", 'Kenyan police broke up a protest by students in Nairobi on Monday.',
     [('COERCE', 'KEN', 'KEN', '2024-05-06', 'Nairobi'), ('PROTEST', 'KEN', 'KEN', '2024-05-06', 'Nairobi')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_coercion_at_home_is_read(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
