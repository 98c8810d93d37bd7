"""An organisation's aid: a development bank or fund that announces a sum of support, aid or emergency
help for a country gives it aid, as a country does; announcing support for a plan is no aid.
Sentences written for these tests.
Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ('en', '2025-06-03',
     'The Asian Development Bank on Monday announced $250 million in emergency support for Bangladesh after the floods.',
     [('AID', 'ADB', 'BGD', '2025-06-02', None)]),
    ('en', '2025-06-03',
     'The World Bank on Monday announced its support for the reform plan of Ghana.',
     []),
]

test_event_org_aid = table(check_extracted, ROWS)
