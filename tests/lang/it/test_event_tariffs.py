"""Tariffs announced: a country that announces a tariff on another's goods sanctions it (as one that
imposes it does); an easing act told between the announcing verb and the tariff (a pause, a lifting)
is what was announced, and no sanction. Sentences written for these tests.
Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ('it', '2025-07-10',
     'Il presidente americano Donald Trump ha annunciato mercoledì dazi del 35% sui prodotti canadesi.',
     [('SANCTION', 'USA', 'CAN', '2025-07-09', None)]),
]

test_event_tariffs = table(check_extracted, ROWS)
