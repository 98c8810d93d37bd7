"""The story's day: a sentence that names no date of its own goes on telling the occasion of the
nearest earlier sentence that names one, also when that sentence tells no act; a sentence with its
own date keeps it. Published on a Wednesday. Sentences written for these tests.
Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ('es', '2025-03-12',
     "La cumbre iberoamericana comenzó ayer en Cuenca. España y Ecuador firmaron un acuerdo de cooperación.",
     [('SUPPORT', 'ESP', 'ECU', '2025-03-11', 'Cuenca')]),
    ('es', '2025-03-12',
     "La cumbre iberoamericana comenzó ayer en Cuenca. El 4 de marzo, España y Perú firmaron un acuerdo de cooperación.",
     [('SUPPORT', 'ESP', 'PER', '2025-03-04', None)]),
    ('es', '2025-03-12',
     "La policía de Georgia detuvo anoche a decenas de manifestantes en Tiflis.",
     [('COERCE', 'GEO', 'GEO', '2025-03-11', 'Tbilisi')]),
]

test_event_story_day = table(check_extracted, ROWS)
