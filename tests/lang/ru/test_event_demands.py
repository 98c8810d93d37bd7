"""A demand whose demanded clause names a third country is made by the speaker's country to the
side addressed, not to the country inside what is demanded. Issue 13; the sentences are made up.
The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('ru', "2024-05-10", 'Замминистра иностранных дел Польши в понедельник призвал Пекин прекратить любое сотрудничество, которое помогает программе беспилотников Тегерана.',
     [('REQUEST', 'POL', 'CHN', '2024-05-06', None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_demand_is_made_to_the_addressee(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
