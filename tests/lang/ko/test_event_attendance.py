"""Who took part in a gathering ("also took part", "in the presence of", a list of officials
with titles joined by "and" and commas) meets its host, the country where it was held when the
sentence does not name the host (its place, the place an earlier sentence set for the gathering,
or the dateline's), on the gathering's day; every country of the list, and they meet one another.
Not a state's troops at exercises, nor one at an organisation's summit (its seat's country is no
host). Issue 16; the sentences are made up. The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('ko', "2024-05-10", '윤석열 대통령은 6일 서울에서 정상회의를 주재했다. 회의에는 응우옌 쑤언 푹 베트남 국가주석과 페르디난드 마르코스 필리핀 대통령이 참석했다.',
     [('CONSULT', 'VNM', 'PHL', '2024-05-06', 'Seoul'), ('CONSULT', 'VNM', 'KOR', '2024-05-06', 'Seoul'), ('CONSULT', 'PHL', 'KOR', '2024-05-06', 'Seoul')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_who_took_part_met_the_host(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
