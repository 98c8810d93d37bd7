"""The story's day: a sentence that names no date of its own goes on telling the occasion of the
nearest earlier sentence that names one, also when that sentence tells no act; a sentence with its
own date keeps it. Published on a Wednesday. Sentences written for these tests.
Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ('en', '2025-03-12',
     "The summit of the European Union and Central Asia opened in Samarkand on Monday. Kazakhstan and the European Union signed a memorandum on raw materials.",
     [('SUPPORT', 'KAZ', 'EU', '2025-03-10', None)]),
    ('en', '2025-03-12',
     "Armenian Prime Minister Nikol Pashinyan was in Paris on Monday. France and Armenia signed a defence agreement.",
     [('SUPPORT', 'FRA', 'ARM', '2025-03-10', 'Paris')]),
    ('en', '2025-03-12',
     "EU ministers agreed on Monday to impose sanctions on Nicaragua. Opposition candidates were barred from the vote in Managua on Sunday. Nicaraguan police detained two of them. The ministers demanded their release.",
     [('SANCTION', 'EU', 'NIC', '2025-03-10', None), ('COERCE', 'NIC', 'NIC', '2025-03-09', 'Managua'), ('REQUEST', 'EU', 'NIC', '2025-03-10', None)]),
    ('en', '2025-03-12',
     "Armenian Prime Minister Nikol Pashinyan was in Paris on Monday. On March 4, Armenia signed a defence agreement with India.",
     [('SUPPORT', 'ARM', 'IND', '2025-03-04', None)]),
    ('en', '2025-03-12',
     "Serbian police used tear gas against protesters in Belgrade last night.",
     [('COERCE', 'SRB', 'SRB', '2025-03-11', 'Belgrade'), ('PROTEST', 'SRB', 'SRB', '2025-03-11', 'Belgrade')]),
]

test_event_story_day = table(check_extracted, ROWS)
