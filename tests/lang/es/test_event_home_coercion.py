"""Spanish coercion at home: a state that bans opposition candidates from an election, or prevents (breaks up) a
demonstration, coerces its own people (COERCE, domestic). Issue 13; the sentences are made up.
The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('es', "2024-05-10", 'La policía turca impidió el lunes una manifestación de estudiantes en Ankara.',
     [('COERCE', 'TUR', 'TUR', '2024-05-06', 'Ankara')]),
    ('es', "2024-05-10", 'El gobierno de Nicaragua inhabilitó a los candidatos de la oposición.',
     [('COERCE', 'NIC', 'NIC', '2024-05-10', None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_coercion_at_home_is_read(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
