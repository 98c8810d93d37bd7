"""Breaking off relations and denials: a country that severs relations with another or expels its
diplomats sanctions it, and the accusation it gives as the reason, told after the step by the same
subject, is an accusation beside it (a deed told under a saying stays what is charged); a denial of
reports refuses nothing between the parties the reports name, and what they say is no act. Sentences
written for these tests.
Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ('en', '2025-04-08',
     'Nicaragua on Monday severed diplomatic relations with the Netherlands, accusing The Hague of interference.',
     [('SANCTION', 'NIC', 'NLD', '2025-04-07', None), ('ACCUSE', 'NIC', 'NLD', '2025-04-07', None)]),
    ('en', '2025-04-08',
     'Ecuador expelled three Venezuelan diplomats on Monday and accused Caracas of espionage.',
     [('SANCTION', 'ECU', 'VEN', '2025-04-07', None), ('ACCUSE', 'ECU', 'VEN', '2025-04-07', None)]),
    ('en', '2025-04-08',
     'Peru said Bolivian troops crossed the border and accused La Paz of provocation.',
     [('ACCUSE', 'PER', 'BOL', '2025-04-08', None)]),
    ('en', '2025-04-08',
     'The foreign ministry of Georgia denied reports that Tbilisi had asked Armenia to close the border.',
     []),
    ('en', '2025-04-08',
     'Georgia denied reports of talks with Armenia on the border.',
     []),
]

test_event_severing = table(check_extracted, ROWS)
