"""A demand whose demanded clause names a third country is made by the speaker's country to the
side addressed, not to the country inside what is demanded. Issue 13; the sentences are made up.
The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('it', "2024-05-10", 'Il viceministro degli Esteri polacco lunedì ha esortato Pechino a interrompere ogni cooperazione che aiuti il programma di droni di Teheran.',
     [('REQUEST', 'POL', 'CHN', '2024-05-06', None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_demand_is_made_to_the_addressee(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
