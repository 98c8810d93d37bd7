"""Announced visits and meetings: a visit or meeting told as to come (planned, expected, a future
form, a day ahead) is an intent to meet, AGREE on the report's day with no place; a visit told as
done stays a meeting. Published on a Wednesday. Sentences written for these tests.
Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ('en', '2025-03-12',
     'Turkish Foreign Minister Hakan Fidan is expected to pay an official visit to Greece.',
     [('AGREE', 'TUR', 'GRC', '2025-03-12', None)]),
    ('en', '2025-03-12',
     'Turkish President Recep Tayyip Erdogan arrives in Cairo tomorrow.',
     [('AGREE', 'TUR', 'EGY', '2025-03-12', None)]),
    ('en', '2025-03-12',
     'Turkish Foreign Minister Hakan Fidan could visit Greece if the talks succeed.',
     []),
    ('en', '2025-03-12',
     'Turkish Foreign Minister Hakan Fidan visited Athens on Monday.',
     [('CONSULT', 'TUR', 'GRC', '2025-03-10', 'Athens')]),
    # Only possible, though on a day to come: no announcement.
    ('en', '2025-03-12',
     'Turkish Foreign Minister Hakan Fidan may visit Greece next week.',
     []),
]

test_event_announced = table(check_extracted, ROWS)
