"""The story's day: a sentence that names no date of its own goes on telling the occasion of the
nearest earlier sentence that names one, also when that sentence tells no act; a sentence with its
own date keeps it. Published on a Wednesday. Sentences written for these tests.
Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ('de', '2025-03-12',
     "Der Gipfel der Europäischen Union und Zentralasiens begann am Montag in Samarkand. Kasachstan und die Europäische Union unterzeichneten ein Memorandum über Rohstoffe.",
     [('SUPPORT', 'KAZ', 'EU', '2025-03-10', None)]),
    ('de', '2025-03-12',
     "Bundeskanzler Scholz war am Montag in Peking. Deutschland und China unterzeichneten ein Abkommen über Elektroautos.",
     [('SUPPORT', 'DEU', 'CHN', '2025-03-10', 'Beijing')]),
    ('de', '2025-03-12',
     "Bundeskanzler Scholz war am Montag in Peking. Am 4. März hatte Deutschland ein Abkommen mit Indien unterzeichnet.",
     [('SUPPORT', 'DEU', 'IND', '2025-03-04', None)]),
]

test_event_story_day = table(check_extracted, ROWS)
