"""The story's day: a sentence that names no date of its own goes on telling the occasion of the
nearest earlier sentence that names one, also when that sentence tells no act; a sentence with its
own date keeps it. Published on a Wednesday. Sentences written for these tests.
Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ('tr', '2025-03-12',
     "Dışişleri Bakanı Hakan Fidan pazartesi günü Bakü'deydi. Türkiye ile Azerbaycan bir anlaşma imzaladı.",
     [('SUPPORT', 'TUR', 'AZE', '2025-03-10', None)]),
    ('tr', '2025-03-12',
     "Dışişleri Bakanı Hakan Fidan pazartesi günü Bakü'deydi. Bu sabah Türkiye ile Gürcistan bir anlaşma imzaladı.",
     [('SUPPORT', 'TUR', 'GEO', '2025-03-12', None)]),
]

test_event_story_day = table(check_extracted, ROWS)
