"""Italian event kinds: a threat made as a negative condition, concern as criticism, an envoy announced
as an intent. Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ("it", "2024-03-05",
     "Se l'Ungheria non rispetterà i suoi impegni, l'Italia non ratificherà l'accordo, ha dichiarato lunedì il ministro italiano.",
     [('THREATEN', 'ITA', 'HUN', '2024-03-04', None)]),
    ("it", "2024-03-05",
     "L'Italia ha espresso lunedì preoccupazione per la nuova legge approvata in Georgia.",
     [('ACCUSE', 'ITA', 'GEO', '2024-03-04', None)]),
    ("it", "2024-03-05",
     'La Cina invierà un inviato speciale in Ucraina.',
     [('AGREE', 'CHN', 'UKR', '2024-03-05', None)]),
]

test_kinds_9b = table(check_extracted, ROWS)
