"""Arabic event kinds of issue 13 (lang10b): a crowd gathering in front of a building, in the
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
    ('ar', '2025-03-03',
     'الرياض - استدعت وزارة الخارجية السعودية يوم الاثنين سفير هولندا. وطالبت الوزارة الحكومة الهولندية بمحاسبة المسؤولين، وحذرت من العواقب.',
     [('ACCUSE', 'SAU', 'NLD', '2025-03-03', None), ('REQUEST', 'SAU', 'NLD', '2025-03-03', None), ('THREATEN', 'SAU', 'NLD', '2025-03-03', None)]),
    ('ar', '2025-03-03',
     'استدعت الجزائر يوم الاثنين سفيرها لدى إسبانيا للتشاور.',
     [('SANCTION', 'DZA', 'ESP', '2025-03-03', None)]),
    ('ar', '2025-03-05',
     'بيروت - أقر البرلمان القانون يوم الاثنين. وفي المساء تجمع آلاف الأشخاص أمام مقر البرلمان.',
     [('PROTEST', 'LBN', 'LBN', '2025-03-03', None)]),
]

test_kinds_10b = table(check_extracted, ROWS)
