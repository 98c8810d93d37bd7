"""Romanian event kinds: a threat made as a negative condition, a promise to retaliate (a threat, no
intent), gendarmes intervening against protesters (both the crackdown and the protest), a passive summons
of the nuncio (the Holy See), concern as criticism, troops sent to the border, a protest of past months
as background ("lunile", the months, is no Monday). Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ("ro", "2024-03-05",
     'Dacă Ungaria nu își respectă angajamentele, România nu va ratifica acordul, a declarat luni ministrul român.',
     [('THREATEN', 'ROU', 'HUN', '2024-03-04', None)]),
    ("ro", "2024-03-05",
     'Rusia a promis că va riposta la noile sancțiuni ale Uniunii Europene.',
     [('THREATEN', 'RUS', 'EU', '2024-03-05', None)]),
    ("ro", "2024-03-05",
     'Jandarmii au intervenit luni la București împotriva protestatarilor care manifestau împotriva guvernului.',
     [('COERCE', 'ROU', 'ROU', '2024-03-04', 'Bucharest'), ('PROTEST', 'ROU', 'ROU', '2024-03-04', 'Bucharest')]),
    ("ro", "2024-03-05",
     'BUCUREȘTI, 5 martie. Nunțiul apostolic a fost convocat luni la minister.',
     [('ACCUSE', 'ROU', 'VAT', '2024-03-04', 'Bucharest')]),
    ("ro", "2024-03-05",
     'România și-a exprimat luni îngrijorarea față de noua lege din Ungaria.',
     [('ACCUSE', 'ROU', 'HUN', '2024-03-04', None)]),
    ("ro", "2024-03-05",
     'România trimite trupe suplimentare la granița cu Ucraina.',
     [('MOBILIZE', 'ROU', 'UKR', '2024-03-05', None)]),
    ("ro", "2024-03-05",
     'În lunile trecute, fermierii români au protestat la București împotriva guvernului.',
     []),
]

test_kinds_9b = table(check_extracted, ROWS)
