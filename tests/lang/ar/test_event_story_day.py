"""The story's day: a sentence that names no date of its own goes on telling the occasion of the
nearest earlier sentence that names one, also when that sentence tells no act; a sentence with its
own date keeps it. Published on a Wednesday. Sentences written for these tests.
Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ('ar', '2025-03-12',
     "افتتحت القمة العربية أمس في بغداد. ووقعت مصر والعراق مذكرة تفاهم للتعاون في مجال الطاقة.",
     [('SUPPORT', 'EGY', 'IRQ', '2025-03-11', 'Baghdad')]),
    ('ar', '2025-03-12',
     "افتتحت القمة العربية أمس في بغداد. وفي 4 مارس وقعت مصر والأردن مذكرة تفاهم للتعاون في مجال الطاقة.",
     [('SUPPORT', 'EGY', 'JOR', '2025-03-04', None)]),
]

test_event_story_day = table(check_extracted, ROWS)
