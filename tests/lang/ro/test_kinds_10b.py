"""Romanian event kinds of issue 13 (lang10b): a crowd gathering in front of a building, in the
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
    ('ro', '2025-03-03',
     'CHIȘINĂU, 3 martie. Câteva mii de oameni s-au adunat duminică seara în fața parlamentului.',
     [('PROTEST', 'MDA', 'MDA', '2025-03-02', 'Chisinau')]),
    ('ro', '2025-03-05',
     'CHIȘINĂU, 5 martie. Parlamentul a adoptat luni legea. Seara, mii de oameni s-au adunat în fața parlamentului.',
     [('PROTEST', 'MDA', 'MDA', '2025-03-03', None)]),
    ('ro', '2025-03-03',
     'Ungaria a votat luni împotriva aderării Ucrainei la Uniunea Europeană.',
     [('REJECT', 'HUN', 'UKR', '2025-03-03', None)]),
    ('ro', '2025-03-03',
     'Turcia a blocat luni aderarea Suediei și a Finlandei la Alianța Nord-Atlantică.',
     [('REJECT', 'TUR', 'SWE', '2025-03-03', None), ('REJECT', 'TUR', 'FIN', '2025-03-03', None)]),
    ('ro', '2025-03-03',
     'Ungaria nu a votat luni împotriva aderării Ucrainei.',
     []),
    ('ro', '2025-03-03',
     'Polonia și-a rechemat luni ambasadorul din Belarus pentru consultări.',
     [('SANCTION', 'POL', 'BLR', '2025-03-03', None)]),
    ('ro', '2025-03-03',
     'Guvernul Poloniei a decis luni reducerea personalului ambasadei Belarusului la Varșovia.',
     [('SANCTION', 'POL', 'BLR', '2025-03-03', 'Warsaw')]),
    ('ro', '2025-03-03',
     'Guvernul Georgiei a eliminat luni vizele pentru cetățenii Japoniei.',
     [('RETREAT', 'GEO', 'JPN', '2025-03-03', None)]),
    ('ro', '2025-03-03',
     'CHIȘINĂU, 3 martie. Un tribunal l-a condamnat luni pe politicianul de opoziție Ion Popa la doi ani de închisoare pentru insultarea președintelui.',
     [('COERCE', 'MDA', 'MDA', '2025-03-03', 'Chisinau')]),
    ('ro', '2025-03-03',
     'CHIȘINĂU, 3 martie. Poliția a percheziționat luni sediul unei agenții de presă ruse.',
     [('COERCE', 'MDA', 'RUS', '2025-03-03', None)]),
]

test_kinds_10b = table(check_extracted, ROWS)
