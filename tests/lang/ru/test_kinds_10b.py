"""Russian event kinds of issue 13 (lang10b): a crowd gathering in front of a building, in the
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
    ('ru', '2025-03-03',
     'МИНСК, 3 марта. Тысячи человек собрались в воскресенье вечером у здания парламента.',
     [('PROTEST', 'BLR', 'BLR', '2025-03-02', 'Minsk')]),
    ('ru', '2025-03-03',
     'Венгрия в понедельник заблокировала вступление Украины в Евросоюз.',
     [('REJECT', 'HUN', 'UKR', '2025-03-03', None)]),
    ('ru', '2025-03-03',
     'МИД Литвы в понедельник объявил о сокращении численности персонала посольства Белоруссии.',
     [('SANCTION', 'LTU', 'BLR', '2025-03-03', None)]),
    ('ru', '2025-03-03',
     'БАКУ, 3 марта. Полиция в понедельник провела обыск в офисе французского агентства.',
     [('COERCE', 'AZE', 'FRA', '2025-03-03', None)]),
    ('ru', '2025-03-03',
     'Латвия в понедельник отменила все культурные мероприятия Белоруссии.',
     [('SANCTION', 'LVA', 'BLR', '2025-03-03', None)]),
]

test_kinds_10b = table(check_extracted, ROWS)
