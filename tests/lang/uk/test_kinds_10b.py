"""Ukrainian event kinds of issue 13 (lang10b): a crowd gathering in front of a building, in the
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
    ('uk', '2025-03-03',
     'КИЇВ, 3 березня. Тисячі людей зібралися в неділю ввечері біля будівлі парламенту.',
     [('PROTEST', 'UKR', 'UKR', '2025-03-02', 'Kyiv')]),
    ('uk', '2025-03-03',
     'Угорщина в понеділок проголосувала проти вступу Швеції до НАТО.',
     [('REJECT', 'HUN', 'SWE', '2025-03-03', None)]),
    ('uk', '2025-03-03',
     'КИЇВ, 3 березня. Поліція в понеділок провела обшук в офісі російської компанії.',
     [('COERCE', 'UKR', 'RUS', '2025-03-03', None)]),
]

test_kinds_10b = table(check_extracted, ROWS)
