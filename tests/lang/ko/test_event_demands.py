"""A demand whose demanded clause names a third country is made by the speaker's country to the
side addressed, not to the country inside what is demanded. Issue 13; the sentences are made up.
The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('ko', "2024-05-10", '폴란드 외교부 차관은 6일 중국에 이란의 드론 개발을 돕는 모든 협력을 중단할 것을 촉구했다.',
     [('REQUEST', 'POL', 'CHN', '2024-05-06', None)]),
    # The speaker unnamed after a summons, a country in the genitive inside what is demanded, the
    # addressee marked with 에: the demand is the summoning side's, to the addressee (issue 16).
    ('ko', "2025-03-12", '(서울=연합뉴스) 외교부 1차관은 11일 주한 이란 대사를 초치해 항의했다.\n\n'
     '차관은 러시아의 무기 개발을 돕는 어떠한 협력도 안보리 결의 위반이라며 이란에 즉각 중단을 촉구했다.',
     [('ACCUSE', 'KOR', 'IRN', '2025-03-11', 'Seoul'), ('REQUEST', 'KOR', 'IRN', '2025-03-11', None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_demand_is_made_to_the_addressee(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
