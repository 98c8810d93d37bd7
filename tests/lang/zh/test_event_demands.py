"""A demand whose demanded clause names a third country is made by the speaker's country to the
side addressed, not to the country inside what is demanded. Issue 13; the sentences are made up.
The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('zh', "2024-05-10", '波兰外交部副部长6日敦促北京停止任何帮助伊朗无人机项目的合作。',
     [('REQUEST', 'POL', 'CHN', '2024-05-06', None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_demand_is_made_to_the_addressee(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
