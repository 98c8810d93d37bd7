"""Russian coercion at home: a state that bans opposition candidates from an election, or prevents (breaks up) a
demonstration, coerces its own people (COERCE, domestic). Issue 13; the sentences are made up.
The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('ru', "2024-05-10", 'Полиция Грузии сорвала митинг оппозиции в Тбилиси в понедельник.',
     [('COERCE', 'GEO', 'GEO', '2024-05-06', 'Tbilisi')]),
    ('ru', "2024-05-10", 'Власти Белоруссии отстранили оппозиционных кандидатов от выборов.',
     [('COERCE', 'BLR', 'BLR', '2024-05-10', None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_coercion_at_home_is_read(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
