"""French event kinds of issue 13 (lang10b): a crowd gathering in front of a building, in the
evening of the day last named, is a protest at home; a vote against or a block of a country's
accession is a rejection of it; recalling an ambassador for consultations, cutting another
country's embassy staff, cancelling its cultural events are the deciding country's sanction; lifting
visas for another country's citizens eases restrictions on it (RETREAT); the dateline country's
police searching a foreign-owned office coerce its owner's country; a court's prison sentence is
coercion, the offence it was for no second accusation; a summons with its protest, demand and
warning spelled out is each of those acts. Sentences written for these tests.
Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ('fr', '2025-03-03',
     "PARIS, 3 mars. Des milliers de personnes se sont rassemblées dimanche soir devant l'Assemblée nationale.",
     [('PROTEST', 'FRA', 'FRA', '2025-03-02', 'Paris')]),
    ('fr', '2025-03-03',
     "La Hongrie a voté lundi contre l'adhésion de l'Ukraine.",
     [('REJECT', 'HUN', 'UKR', '2025-03-03', None)]),
    ('fr', '2025-03-03',
     'Le Mali a annulé lundi tous les événements culturels de la France.',
     [('SANCTION', 'MLI', 'FRA', '2025-03-03', None)]),
    ('fr', '2025-03-03',
     "MINSK, 3 mars. Un tribunal a condamné lundi l'opposant Pavel Sidorenko à trois ans de prison pour insulte au président.",
     [('COERCE', 'BLR', 'BLR', '2025-03-03', 'Minsk')]),
]

test_kinds_10b = table(check_extracted, ROWS)
