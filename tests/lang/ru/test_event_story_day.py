"""The story's day: a sentence that names no date of its own goes on telling the occasion of the
nearest earlier sentence that names one, also when that sentence tells no act; a sentence with its
own date keeps it. Published on a Wednesday. Sentences written for these tests.
Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ('ru', '2025-03-12',
     "Саммит ШОС открылся в понедельник в Астане. Россия и Китай подписали соглашение о сотрудничестве.",
     [('SUPPORT', 'RUS', 'CHN', '2025-03-10', None)]),
    ('ru', '2025-03-12',
     "Саммит ШОС открылся в понедельник в Астане. 4 марта Россия и Индия подписали соглашение о сотрудничестве.",
     [('SUPPORT', 'RUS', 'IND', '2025-03-04', None)]),
]

test_event_story_day = table(check_extracted, ROWS)
