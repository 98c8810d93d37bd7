"""Breaking off relations and denials: a country that severs relations with another or expels its
diplomats sanctions it, and the accusation it gives as the reason, told after the step by the same
subject, is an accusation beside it (a deed told under a saying stays what is charged); a denial of
reports refuses nothing between the parties the reports name, and what they say is no act. Sentences
written for these tests.
Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ('pt', '2025-04-08',
     'A Nicarágua rompeu na segunda-feira as relações diplomáticas com os Países Baixos, acusando Haia de ingerência.',
     [('SANCTION', 'NIC', 'NLD', '2025-04-07', None), ('ACCUSE', 'NIC', 'NLD', '2025-04-07', None)]),
    ('pt', '2025-04-08',
     'O Ministério das Relações Exteriores do Peru negou as notícias de que Lima teria pedido à Bolívia para fechar a fronteira.',
     []),
]

test_event_severing = table(check_extracted, ROWS)
