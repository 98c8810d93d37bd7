"""A trip's earlier leg told with "the day before" words and no date of its own (often in the
pluperfect): it took place the day before the last day named, not on the report's day nor the day
before the report. Issue 16; the sentences are made up. The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('ko', "2025-03-12",
     "윤석열 대통령은 10일 베를린에서 올라프 숄츠 독일 총리와 정상회담을 했다. 윤 대통령은 전날 파리에서 에마뉘엘 마크롱 프랑스 대통령과 회담했다.",
     [('CONSULT', 'KOR', 'DEU', '2025-03-10', 'Berlin'), ('CONSULT', 'KOR', 'FRA', '2025-03-09', 'Paris')]),
    # A day named in between for something that is no act told here (a ministry's earlier plan): the
    # day before counts from the last act told, the talks in Madrid on the 14th.
    ('ko', "2025-06-15",
     "한덕수 국무총리는 14일 마드리드에서 페드로 산체스 스페인 총리와 회담했다. 산업통상자원부는 앞서 지난 9일 새 수출 전략을 내놓았다. 한 총리는 전날 리스본에서 루이스 몬테네그루 포르투갈 총리와 회담했다.",
     [('CONSULT', 'KOR', 'ESP', '2025-06-14', 'Madrid'), ('CONSULT', 'KOR', 'PRT', '2025-06-13', 'Lisbon')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_earlier_leg_is_dated_from_the_last_day_named(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
