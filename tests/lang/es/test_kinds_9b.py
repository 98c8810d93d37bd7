"""Spanish event kinds: a threat made as a negative condition, concern as criticism, an envoy announced
as an intent. Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ("es", "2024-03-05",
     'Si Hungría no cumple sus compromisos, España no ratificará el acuerdo, declaró el lunes el ministro español.',
     [('THREATEN', 'ESP', 'HUN', '2024-03-04', None)]),
    ("es", "2024-03-05",
     'España expresó el lunes su preocupación por la nueva ley aprobada en Georgia.',
     [('ACCUSE', 'ESP', 'GEO', '2024-03-04', None)]),
    ("es", "2024-03-05",
     'China enviará un enviado especial a Ucrania.',
     [('AGREE', 'CHN', 'UKR', '2024-03-05', None)]),
]

test_kinds_9b = table(check_extracted, ROWS)
