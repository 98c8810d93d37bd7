"""Georgian event kinds of issue 13 (lang10b): a crowd gathering in front of a building, in the
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
    ('ka', '2025-03-03',
     'თბილისი, 3 მარტი. ათასობით ადამიანი კვირას საღამოს პარლამენტის შენობასთან შეიკრიბა.',
     [('PROTEST', 'GEO', 'GEO', '2025-03-02', 'Tbilisi')]),
    ('ka', '2025-03-05',
     'თბილისი, 5 მარტი. პარლამენტმა ორშაბათს კანონი მიიღო. საღამოს პარლამენტის შენობასთან ათასობით ადამიანი შეიკრიბა.',
     [('PROTEST', 'GEO', 'GEO', '2025-03-03', None)]),
    ('ka', '2025-03-03',
     'უნგრეთმა ორშაბათს უკრაინის გაწევრიანების წინააღმდეგ მისცა ხმა.',
     [('REJECT', 'HUN', 'UKR', '2025-03-03', None)]),
    ('ka', '2025-03-03',
     'უკრაინამ ორშაბათს უნგრეთიდან ელჩი კონსულტაციებისთვის გაიწვია.',
     [('SANCTION', 'UKR', 'HUN', '2025-03-03', None)]),
    ('ka', '2025-03-03',
     'თბილისი, 3 მარტი. პოლიციამ ორშაბათს რუსული სააგენტოს ოფისში ჩხრეკა ჩაატარა.',
     [('COERCE', 'GEO', 'RUS', '2025-03-03', None)]),
    ('ka', '2025-03-03',
     'სომხეთმა ორშაბათს იაპონიის მოქალაქეებისთვის სავიზო რეჟიმი გააუქმა.',
     [('RETREAT', 'ARM', 'JPN', '2025-03-03', None)]),
]

test_kinds_10b = table(check_extracted, ROWS)
