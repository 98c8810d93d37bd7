"""Azerbaijani event kinds of issue 13 (lang10b): a crowd gathering in front of a building, in the
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
    ('az', '2025-03-03',
     'BAKI, 3 mart. Yüzlərlə insan bazar günü axşam parlament binasının qarşısında toplaşıb.',
     [('PROTEST', 'AZE', 'AZE', '2025-03-02', 'Baku')]),
    ('az', '2025-03-03',
     'Macarıstan bazar ertəsi İsveçin üzvlüyünə veto qoyub.',
     [('REJECT', 'HUN', 'SWE', '2025-03-03', None)]),
    ('az', '2025-03-03',
     'Gürcüstan Mədəniyyət Nazirliyi bazar ertəsi Fransa qurumlarının bütün mədəni tədbirlərini ləğv edib.',
     [('SANCTION', 'GEO', 'FRA', '2025-03-03', None)]),
    ('az', '2025-03-03',
     'BAKI, 3 mart. Bazar ertəsi Bakıda polis Fransa agentliyinin ofisində axtarış aparıb.',
     [('COERCE', 'AZE', 'FRA', '2025-03-03', 'Baku')]),
    ('az', '2025-03-03',
     'Özbəkistan bazar ertəsi Yaponiya vətəndaşları üçün viza rejimini ləğv edib.',
     [('RETREAT', 'UZB', 'JPN', '2025-03-03', None)]),
]

test_kinds_10b = table(check_extracted, ROWS)
