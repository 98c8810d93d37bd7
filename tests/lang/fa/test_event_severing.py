"""Breaking off relations and denials: a country that severs relations with another or expels its
diplomats sanctions it, and the accusation it gives as the reason, told after the step by the same
subject, is an accusation beside it (a deed told under a saying stays what is charged); a denial of
reports refuses nothing between the parties the reports name, and what they say is no act. Sentences
written for these tests.
Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ('fa', '2025-04-08',
     'نیکاراگوئه روز دوشنبه روابط دیپلماتیک خود را با هلند قطع کرد.',
     [('SANCTION', 'NIC', 'NLD', '2025-04-07', None)]),
    ('fa', '2025-04-08',
     'وزارت امور خارجه ارمنستان گزارش\u200cها مبنی بر اینکه ایروان از گرجستان خواسته است مرز را ببندد را رد کرد.',
     []),
]

test_event_severing = table(check_extracted, ROWS)
