"""Announced visits and meetings: a visit or meeting told as to come (planned, expected, a future
form, a day ahead) is an intent to meet, AGREE on the report's day with no place; a visit told as
done stays a meeting. Published on a Wednesday. Sentences written for these tests.
Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ('ar', '2025-03-12',
     'من المقرر أن يزور وزير الخارجية المصري بدر عبد العاطي بغداد الأسبوع المقبل.',
     [('AGREE', 'EGY', 'IRQ', '2025-03-12', None)]),
    ('ar', '2025-03-12',
     'زار وزير الخارجية المصري بدر عبد العاطي بغداد أمس.',
     [('CONSULT', 'EGY', 'IRQ', '2025-03-11', 'Baghdad')]),
]

test_event_announced = table(check_extracted, ROWS)
