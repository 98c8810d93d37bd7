"""An organisation's aid: a development bank or fund that announces a sum of support, aid or emergency
help for a country gives it aid, as a country does; announcing support for a plan is no aid.
Sentences written for these tests.
Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ('ja', '2025-06-03',
     '世界銀行は2日、バングラデシュに2億5000万ドルの緊急支援を行うと発表した。',
     [('AID', 'WB', 'BGD', '2025-06-02', None)]),
]

test_event_org_aid = table(check_extracted, ROWS)
