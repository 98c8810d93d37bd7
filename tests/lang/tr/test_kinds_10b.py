"""Turkish event kinds of issue 13 (lang10b): a crowd gathering in front of a building, in the
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
    ('tr', '2025-03-03',
     'ANKARA, 3 Mart. Binlerce kişi pazar akşamı Meclis önünde toplandı.',
     [('PROTEST', 'TUR', 'TUR', '2025-03-02', 'Ankara')]),
    ('tr', '2025-03-05',
     'ANKARA, 5 Mart. Meclis pazartesi günü yasayı kabul etti. Akşam saatlerinde Meclis önünde binlerce kişi toplandı.',
     [('PROTEST', 'TUR', 'TUR', '2025-03-03', None)]),
    ('tr', '2025-03-03',
     "Yunanistan pazartesi Arnavutluk'un NATO üyeliğini engelledi.",
     [('REJECT', 'GRC', 'ALB', '2025-03-03', None)]),
    ('tr', '2025-03-03',
     "Macaristan pazartesi İsveç'in üyeliğini veto etti.",
     [('REJECT', 'HUN', 'SWE', '2025-03-03', None)]),
    ('tr', '2025-03-03',
     'ANKARA, 3 Mart. Polis pazartesi bir Alman vakfının ofisinde arama yaptı.',
     [('COERCE', 'TUR', 'DEU', '2025-03-03', None)]),
    ('tr', '2025-03-03',
     'Litvanya Dışişleri Bakanlığı pazartesi Belarus büyükelçiliğinin personel sayısının azaltılmasına karar verdi.',
     [('SANCTION', 'LTU', 'BLR', '2025-03-03', None)]),
    ('tr', '2025-03-03',
     'Özbekistan pazartesi Japonya vatandaşları için vize zorunluluğunu kaldırdı.',
     [('RETREAT', 'UZB', 'JPN', '2025-03-03', None)]),
]

test_kinds_10b = table(check_extracted, ROWS)
