"""Announced visits and meetings: a visit or meeting told as to come (planned, expected, a future
form, a day ahead) is an intent to meet, AGREE on the report's day with no place; a visit told as
done stays a meeting. Published on a Wednesday. Sentences written for these tests.
Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ('ru', '2025-03-12',
     'Ожидается, что министр иностранных дел Турции Хакан Фидан совершит официальный визит в Грецию.',
     [('AGREE', 'TUR', 'GRC', '2025-03-12', None)]),
]

test_event_announced = table(check_extracted, ROWS)
