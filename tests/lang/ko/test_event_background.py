"""Background by construction: a date inside a "since ..." phrase is another event's day (no second visit on it); an act's noun that a time is counted from ("three years after the invasion") is no act; a "the same day" word or "at the talks" dates an act on the last day named before it. Issue 16; the sentences are made up. The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('ko', "2025-03-12",
     "룰라 브라질 대통령은 11일 서울에서 윤석열 대통령과 정상회담을 했다. 이번 방문은 지난 1일 취임 이후 첫 해외 순방이다.",
     [('CONSULT', 'BRA', 'KOR', '2025-03-11', 'Seoul')]),
    ('ko', "2025-02-25",
     "윤석열 대통령은 24일 러시아의 우크라이나 침공 3년을 맞아 성명을 발표했다.",
     []),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_background_time_is_no_act(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
