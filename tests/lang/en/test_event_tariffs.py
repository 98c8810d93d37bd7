"""Tariffs announced: a country that announces a tariff on another's goods sanctions it (as one that
imposes it does); an easing act told between the announcing verb and the tariff (a pause, a lifting)
is what was announced, and no sanction. Sentences written for these tests.
Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ('en', '2025-07-10',
     'President Trump on Wednesday announced a 35% tariff on goods from Canada from August 1.',
     [('SANCTION', 'USA', 'CAN', '2025-07-09', None)]),
    ('en', '2025-07-10',
     'The White House on Wednesday announced a 90-day pause of tariffs on goods from Vietnam.',
     [('RETREAT', 'USA', 'VNM', '2025-07-09', None)]),
    ('en', '2025-07-10',
     'Chile on Wednesday announced talks with Peru on tariffs.',
     [('CONSULT', 'CHL', 'PER', '2025-07-09', None)]),
]

test_event_tariffs = table(check_extracted, ROWS)
