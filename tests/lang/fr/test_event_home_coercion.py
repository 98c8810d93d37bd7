"""French coercion at home: a state that bans opposition candidates from an election, or prevents (breaks up) a
demonstration, coerces its own people (COERCE, domestic). Issue 13; the sentences are made up.
The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('fr', "2024-05-10", "La police turque a empêché lundi une manifestation d'étudiants à Ankara.",
     [('COERCE', 'TUR', 'TUR', '2024-05-06', 'Ankara')]),
    ('fr', "2024-05-10", "Le président ougandais a interdit aux candidats de l'opposition de participer aux élections.",
     [('COERCE', 'UGA', 'UGA', '2024-05-10', None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_coercion_at_home_is_read(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
