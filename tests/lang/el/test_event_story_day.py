"""The story's day: a sentence that names no date of its own goes on telling the occasion of the
nearest earlier sentence that names one, also when that sentence tells no act; a sentence with its
own date keeps it. Published on a Wednesday. Sentences written for these tests.
Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ('el', '2025-03-12',
     "Η σύνοδος κορυφής της Ευρωπαϊκής Ένωσης άρχισε τη Δευτέρα στις Βρυξέλλες. Η Ελλάδα και η Κύπρος υπέγραψαν συμφωνία για την ενέργεια.",
     [('SUPPORT', 'GRC', 'CYP', '2025-03-10', None)]),
    ('el', '2025-03-12',
     "Η σύνοδος κορυφής της Ευρωπαϊκής Ένωσης άρχισε τη Δευτέρα στις Βρυξέλλες. Στις 4 Μαρτίου η Ελλάδα και η Αίγυπτος υπέγραψαν συμφωνία για την ενέργεια.",
     [('SUPPORT', 'GRC', 'EGY', '2025-03-04', None)]),
]

test_event_story_day = table(check_extracted, ROWS)
