"""The story's day: a sentence that names no date of its own goes on telling the occasion of the
nearest earlier sentence that names one, also when that sentence tells no act; a sentence with its
own date keeps it. Published on a Wednesday. Sentences written for these tests.
Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ('pt', '2025-03-12',
     "A cimeira da CPLP começou ontem em Bissau. Portugal e Angola assinaram um acordo de cooperação.",
     [('SUPPORT', 'PRT', 'AGO', '2025-03-11', None)]),
    ('pt', '2025-03-12',
     "A cimeira da CPLP começou ontem em Bissau. Esta manhã, Portugal e Moçambique assinaram um acordo de cooperação.",
     [('SUPPORT', 'PRT', 'MOZ', '2025-03-12', None)]),
]

test_event_story_day = table(check_extracted, ROWS)
