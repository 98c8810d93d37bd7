"""English event kinds of tense and condition: a threat made as a negative condition; the pluperfect with a
same-day phrase is the report's own act, not background; a vow to hit back (a threat, no intent); tariffs
raised or answered with duties (sanctions); police dispersing a crowd gathered in protest against a decision
about the EU (the crackdown and the protest are domestic, the EU is what was protested). Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ("en", "2024-03-05",
     'Erdogan said on Monday that if Sweden does not keep its commitments, Turkey will not send the accession protocol to parliament.',
     [('THREATEN', 'TUR', 'SWE', '2024-03-04', None)]),
    ("en", "2024-03-05",
     'Earlier in the day, Zelensky had signed a security agreement with Germany in Berlin.',
     [('SUPPORT', 'UKR', 'DEU', '2024-03-05', 'Berlin')]),
    ("en", "2024-05-15",
     "Biden raised tariffs on Chinese electric vehicles on Tuesday. Beijing vowed to hit back.",
     [('SANCTION', 'USA', 'CHN', '2024-05-14', None), ('THREATEN', 'CHN', 'USA', '2024-05-15', None)]),
    ("en", "2025-02-05",
     "China answered on Tuesday with duties of up to 15% on American coal.",
     [('SANCTION', 'CHN', 'USA', '2025-02-04', None)]),
    ("en", "2024-05-15",
     "Police in Tbilisi used water cannon on Thursday to disperse thousands of people who had gathered outside "
     "parliament to protest against the government's decision to freeze EU accession talks.",
     [('COERCE', 'GEO', 'GEO', '2024-05-09', 'Tbilisi'), ('PROTEST', 'GEO', 'GEO', '2024-05-09', 'Tbilisi')]),
]

test_kinds_9b = table(check_extracted, ROWS)
