"""A trip's earlier leg told with "the day before" words and no date of its own (often in the
pluperfect): it took place the day before the last day named, not on the report's day nor the day
before the report. Issue 16; the sentences are made up. The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('ko', "2025-03-12",
     "윤석열 대통령은 10일 베를린에서 올라프 숄츠 독일 총리와 정상회담을 했다. 윤 대통령은 전날 파리에서 에마뉘엘 마크롱 프랑스 대통령과 회담했다.",
     [('CONSULT', 'KOR', 'DEU', '2025-03-10', 'Berlin'), ('CONSULT', 'KOR', 'FRA', '2025-03-09', 'Paris')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_earlier_leg_is_dated_from_the_last_day_named(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
