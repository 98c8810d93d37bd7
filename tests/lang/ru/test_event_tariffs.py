"""Tariffs announced: a country that announces a tariff on another's goods sanctions it (as one that
imposes it does); an easing act told between the announcing verb and the tariff (a pause, a lifting)
is what was announced, and no sanction. Sentences written for these tests.
Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ('ru', '2025-07-10',
     'Президент США Дональд Трамп в среду объявил о введении 35-процентных пошлин на товары из Канады.',
     [('SANCTION', 'USA', 'CAN', '2025-07-09', None)]),
]

test_event_tariffs = table(check_extracted, ROWS)
