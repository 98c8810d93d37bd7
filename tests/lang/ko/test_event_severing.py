"""Breaking off relations and denials: a country that severs relations with another or expels its
diplomats sanctions it, and the accusation it gives as the reason, told after the step by the same
subject, is an accusation beside it (a deed told under a saying stays what is charged); a denial of
reports refuses nothing between the parties the reports name, and what they say is no act. Sentences
written for these tests.
Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ('ko', '2025-04-08',
     '니카라과는 7일 네덜란드와의 외교 관계를 단절했다.',
     [('SANCTION', 'NIC', 'NLD', '2025-04-07', None)]),
    ('ko', '2025-04-08',
     '페루 외교부는 페루가 볼리비아에 국경 폐쇄를 요청했다는 보도를 부인했다.',
     []),
]

test_event_severing = table(check_extracted, ROWS)
