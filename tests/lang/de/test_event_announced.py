"""Announced visits and meetings: a visit or meeting told as to come (planned, expected, a future
form, a day ahead) is an intent to meet, AGREE on the report's day with no place; a visit told as
done stays a meeting. Published on a Wednesday. Sentences written for these tests.
Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ('de', '2025-03-12',
     'Bundeskanzler Friedrich Merz wird kommende Woche zu einem Besuch in Polen erwartet.',
     [('AGREE', 'DEU', 'POL', '2025-03-12', None)]),
]

test_event_announced = table(check_extracted, ROWS)
