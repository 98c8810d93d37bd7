"""French event kinds: a threat made as a negative condition, a passive summons of the nuncio (the Holy
See), concern as criticism, an envoy announced as an intent, clashes of protesters and gendarmes (both
the crackdown and the protest), tariffs answered with tariffs (a sanction, no threat), an expulsion
the expelling state reports in the pluperfect (the act itself). Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ("fr", "2024-03-05",
     "Si la Hongrie ne respecte pas ses engagements, la France ne ratifiera pas l'accord, a déclaré lundi le ministre français.",
     [('THREATEN', 'FRA', 'HUN', '2024-03-04', None)]),
    ("fr", "2024-03-05",
     'PARIS, 5 mars (AFP) - Le nonce apostolique a été convoqué lundi au ministère des Affaires étrangères.',
     [('ACCUSE', 'FRA', 'VAT', '2024-03-04', 'Paris')]),
    ("fr", "2024-03-05",
     "La France s'est dite préoccupée lundi par la nouvelle loi sur les médias adoptée en Géorgie.",
     [('ACCUSE', 'FRA', 'GEO', '2024-03-04', None)]),
    ("fr", "2024-03-05",
     'La Chine enverra un émissaire spécial en Ukraine, a annoncé lundi Pékin.',
     [('AGREE', 'CHN', 'UKR', '2024-03-04', None)]),
    ("fr", "2024-03-05",
     'Des heurts ont opposé lundi à Nantes des manifestants et des gendarmes.',
     [('COERCE', 'FRA', 'FRA', '2024-03-04', 'Nantes'), ('PROTEST', 'FRA', 'FRA', '2024-03-04', 'Nantes')]),
    ("fr", "2024-03-05",
     'Le Canada riposte aux droits de douane de la Chine.',
     [('SANCTION', 'CAN', 'CHN', '2024-03-05', None)]),
    ("fr", "2024-03-05",
     "Le Canada a annoncé lundi qu'il avait expulsé six diplomates indiens.",
     [('SANCTION', 'CAN', 'IND', '2024-03-04', None)]),
]

test_kinds_9b = table(check_extracted, ROWS)
