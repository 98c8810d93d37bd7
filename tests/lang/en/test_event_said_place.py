"""Praise and thanks are said where the speaker is: a dateline of another country than the speaker's
does not locate them; one of the speaker's own country does. Sentences written for these tests.
Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ('en', '2025-03-12',
     "BUCHAREST, March 12 (Reuters) - Ukrainian President Volodymyr Zelensky thanked Romania for the Patriot air defence system.",
     [('SUPPORT', 'UKR', 'ROU', '2025-03-12', None)]),
    ('en', '2025-03-12',
     "BUCHAREST, March 12 (Reuters) - Romanian President Klaus Iohannis praised Moldova for its reforms.",
     [('SUPPORT', 'ROU', 'MDA', '2025-03-12', 'Bucharest')]),
]

test_event_said_place = table(check_extracted, ROWS)
