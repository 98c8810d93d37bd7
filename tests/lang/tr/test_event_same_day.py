"""The same day: an act told 'on the same day' as an act dated in the sentence before keeps that day,
not the report's (published three days later). Sentences written for these tests.
Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ('tr', '2025-06-05',
     'Letonya pazartesi günü bir Rus diplomatını sınır dışı etti. Aynı gün Rusya, Letonya maslahatgüzarını bakanlığa çağırdı.',
     [('SANCTION', 'LVA', 'RUS', '2025-06-02', None), ('ACCUSE', 'RUS', 'LVA', '2025-06-02', None)]),
]

test_event_same_day = table(check_extracted, ROWS)
