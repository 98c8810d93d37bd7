"""English event kinds of issue 13 (lang10b): a crowd gathering in front of a building, in the
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
    ('en', '2025-03-03',
     'YEREVAN, March 3. Thousands of opposition supporters gathered outside the parliament on Sunday evening.',
     [('PROTEST', 'ARM', 'ARM', '2025-03-02', 'Yerevan')]),
    ('en', '2025-03-05',
     'TBILISI, March 5. On Monday parliament adopted the law on foreign agents. Thousands of people gathered outside the parliament in the evening.',
     [('PROTEST', 'GEO', 'GEO', '2025-03-03', None)]),
    ('en', '2025-03-03',
     'Hungary voted against the accession of Montenegro to the bloc on Monday.',
     [('REJECT', 'HUN', 'MNE', '2025-03-03', None)]),
    ('en', '2025-03-03',
     'On Monday Greece blocked the membership of Albania and Serbia.',
     [('REJECT', 'GRC', 'ALB', '2025-03-03', None), ('REJECT', 'GRC', 'SRB', '2025-03-03', None)]),
    ('en', '2025-03-03',
     'In 2019 Greece blocked the membership of Albania.',
     []),
    ('en', '2025-03-03',
     'On Monday Moldova ordered the Belarusian embassy to cut its staff; 12 diplomats must leave the country.',
     [('SANCTION', 'MDA', 'BLR', '2025-03-03', None)]),
    ('en', '2025-03-03',
     'The culture ministry of Latvia on Monday cancelled all cultural events of Belarus.',
     [('SANCTION', 'LVA', 'BLR', '2025-03-03', None)]),
    ('en', '2025-03-03',
     'Kazakhstan on Monday abolished visas for citizens of Japan.',
     [('RETREAT', 'KAZ', 'JPN', '2025-03-03', None)]),
    ('en', '2025-03-03',
     'BISHKEK, March 3. Police on Monday searched the offices of a Chinese news agency.',
     [('COERCE', 'KGZ', 'CHN', '2025-03-03', None)]),
    ('en', '2025-03-03',
     'MINSK, March 3. A court on Monday sentenced opposition politician Pavel Sidorenko to three years in prison for insulting the president.',
     [('COERCE', 'BLR', 'BLR', '2025-03-03', 'Minsk')]),
    ('en', '2025-03-03',
     'Leaders of the G7 gathered in Rome on Monday.',
     []),
    ('en', '2025-03-03',
     'Hungary did not block the accession of Montenegro.',
     []),
    # The dateline's police act on what another country owns, not where another country is named as the
    # place they act in, nor when another country owns them.
    ('en', '2025-03-03',
     'VILNIUS, March 3. Police in Minsk detained two Lithuanian journalists on Monday.',
     [('COERCE', 'BLR', 'LTU', '2025-03-03', None)]),
    ('en', '2025-03-03',
     'VILNIUS, March 3. Belarusian police detained two Lithuanian journalists on Monday.',
     [('COERCE', 'BLR', 'LTU', '2025-03-03', None)]),
]

test_kinds_10b = table(check_extracted, ROWS)
