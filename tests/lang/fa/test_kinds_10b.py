"""Persian event kinds of issue 13 (lang10b): a crowd gathering in front of a building, in the
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
    ('fa', '2025-03-03',
     'تهران - کاردار سفارت بلژیک روز دوشنبه به وزارت امور خارجه احضار شد. مدیرکل اروپای غربی وزارت خارجه ضمن اعتراض شدید، خواستار برخورد دولت بلژیک با عاملان این اقدام شد و نسبت به پیامدهای آن هشدار داد.',
     [('ACCUSE', 'IRN', 'BEL', '2025-03-03', None), ('REQUEST', 'IRN', 'BEL', '2025-03-03', None), ('THREATEN', 'IRN', 'BEL', '2025-03-03', None)]),
    ('fa', '2025-03-03',
     'ایران روز دوشنبه سفیر خود در سوئد را برای مشورت فراخواند.',
     [('SANCTION', 'IRN', 'SWE', '2025-03-03', None)]),
    ('fa', '2025-03-03',
     'مجارستان روز دوشنبه عضویت اوکراین را وتو کرد.',
     [('REJECT', 'HUN', 'UKR', '2025-03-03', None)]),
]

test_kinds_10b = table(check_extracted, ROWS)
