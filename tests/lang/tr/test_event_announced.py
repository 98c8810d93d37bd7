"""Announced visits and meetings: a visit or meeting told as to come (planned, expected, a future
form, a day ahead) is an intent to meet, AGREE on the report's day with no place; a visit told as
done stays a meeting. Published on a Wednesday. Sentences written for these tests.
Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ('tr', '2025-03-12',
     "Dışişleri Bakanı Hakan Fidan'ın önümüzdeki hafta Atina'ya resmi bir ziyaret gerçekleştirmesi bekleniyor.",
     [('AGREE', 'TUR', 'GRC', '2025-03-12', None)]),
    ('tr', '2025-03-12',
     "Cumhurbaşkanı Erdoğan'ın gelecek ay Macaristan'ı ziyaret etmesi planlanıyor.",
     [('AGREE', 'TUR', 'HUN', '2025-03-12', None)]),
    ('tr', '2025-03-12',
     "Dışişleri Bakanı Hakan Fidan dün Atina'yı ziyaret etti.",
     [('CONSULT', 'TUR', 'GRC', '2025-03-11', 'Athens')]),
]

test_event_announced = table(check_extracted, ROWS)
