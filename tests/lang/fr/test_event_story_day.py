"""The story's day: a sentence that names no date of its own goes on telling the occasion of the
nearest earlier sentence that names one, also when that sentence tells no act; a sentence with its
own date keeps it. Published on a Wednesday. Sentences written for these tests.
Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ('fr', '2025-03-12',
     "Le sommet franco-africain s'est ouvert lundi à Nairobi. La France et le Kenya ont signé un accord de défense.",
     [('SUPPORT', 'FRA', 'KEN', '2025-03-10', 'Nairobi')]),
    ('fr', '2025-03-12',
     "Le sommet franco-africain s'est ouvert lundi à Nairobi. Le 4 mars, la France et le Nigeria avaient signé un accord de défense.",
     [('SUPPORT', 'FRA', 'NGA', '2025-03-04', None)]),
]

test_event_story_day = table(check_extracted, ROWS)
