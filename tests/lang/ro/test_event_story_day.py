"""The story's day: a sentence that names no date of its own goes on telling the occasion of the
nearest earlier sentence that names one, also when that sentence tells no act; a sentence with its
own date keeps it. Published on a Wednesday. Sentences written for these tests.
Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ('ro', '2025-03-12',
     "Summitul Inițiativei celor Trei Mări a început ieri la Varșovia. România și Polonia au semnat un acord privind energia.",
     [('SUPPORT', 'ROU', 'POL', '2025-03-11', 'Warsaw')]),
    ('ro', '2025-03-12',
     "Summitul Inițiativei celor Trei Mări a început ieri la Varșovia. Pe 4 martie, România și Bulgaria au semnat un acord privind energia.",
     [('SUPPORT', 'ROU', 'BGR', '2025-03-04', None)]),
    ('ro', '2025-03-12',
     "Poliția georgiană a reținut aseară zeci de protestatari la Tbilisi.",
     [('COERCE', 'GEO', 'GEO', '2025-03-11', 'Tbilisi')]),
]

test_event_story_day = table(check_extracted, ROWS)
