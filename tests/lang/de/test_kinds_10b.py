"""German event kinds of issue 13 (lang10b): a crowd gathering in front of a building, in the
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
    ('de', '2025-03-05',
     'WIEN, 5. März. Tausende Menschen versammelten sich am Sonntagabend vor dem Parlament.',
     [('PROTEST', 'AUT', 'AUT', '2025-03-02', 'Vienna')]),
    ('de', '2025-03-03',
     'Ungarn stimmte am Montag gegen den Beitritt der Ukraine.',
     [('REJECT', 'HUN', 'UKR', '2025-03-03', None)]),
    ('de', '2025-03-03',
     'MINSK, 3. März. Ein Gericht verurteilte am Montag den Oppositionspolitiker Pawel Sidorenko wegen Beleidigung des Präsidenten zu drei Jahren Haft.',
     [('COERCE', 'BLR', 'BLR', '2025-03-03', 'Minsk')]),
    ('de', '2025-03-03',
     'Litauen ordnete am Montag die Verringerung des Personals der belarussischen Botschaft an.',
     [('SANCTION', 'LTU', 'BLR', '2025-03-03', None)]),
]

test_kinds_10b = table(check_extracted, ROWS)
