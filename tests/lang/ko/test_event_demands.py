"""A demand whose demanded clause names a third country is made by the speaker's country to the
side addressed, not to the country inside what is demanded. Issue 13; the sentences are made up.
The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('ko', "2024-05-10", '폴란드 외교부 차관은 6일 중국에 이란의 드론 개발을 돕는 모든 협력을 중단할 것을 촉구했다.',
     [('REQUEST', 'POL', 'CHN', '2024-05-06', None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_demand_is_made_to_the_addressee(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
