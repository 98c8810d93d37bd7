"""Announced visits and meetings: a visit or meeting told as to come (planned, expected, a future
form, a day ahead) is an intent to meet, AGREE on the report's day with no place; a visit told as
done stays a meeting. Published on a Wednesday. Sentences written for these tests.
Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ('fa', '2025-03-12',
     'قرار است وزیر امور خارجه ایران هفته آینده به مسکو سفر کند.',
     [('AGREE', 'IRN', 'RUS', '2025-03-12', None)]),
    ('fa', '2025-03-12',
     'وزیر امور خارجه ایران هفته آینده به مسکو سفر خواهد کرد.',
     [('AGREE', 'IRN', 'RUS', '2025-03-12', None)]),
    ('fa', '2025-03-12',
     'وزیر امور خارجه ایران دیروز به مسکو سفر کرد.',
     [('CONSULT', 'IRN', 'RUS', '2025-03-11', 'Moscow')]),
    # The weekday of a visit to come is the visit's; the intent is told on the report's day.
    ('fa', '2025-03-12',
     'مسعود پزشکیان، رئیس‌جمهور ایران، روز جمعه به مسکو سفر خواهد کرد.',
     [('AGREE', 'IRN', 'RUS', '2025-03-12', None)]),
]

test_event_announced = table(check_extracted, ROWS)
