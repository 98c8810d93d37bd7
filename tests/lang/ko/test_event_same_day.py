"""The same day: an act told 'on the same day' as an act dated in the sentence before keeps that day,
not the report's (published three days later). Sentences written for these tests.
Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ('ko', '2025-06-05',
     '라트비아는 2일 러시아 외교관을 추방했다. 러시아는 같은 날 라트비아 대리대사를 초치했다.',
     [('SANCTION', 'LVA', 'RUS', '2025-06-02', None), ('ACCUSE', 'RUS', 'LVA', '2025-06-02', None)]),
]

test_event_same_day = table(check_extracted, ROWS)
