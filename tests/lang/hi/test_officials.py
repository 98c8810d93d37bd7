"""Officials in hi: (lang, text, expected people) rows.

Devanagari has no capital letters, so people are found by the language-neutral mechanism for
such scripts (role patterns, the office-holders table, earlier mentions; stages/_uncased.py), and
spelled as the office-holders table spells them.
"""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("hi", "भारत के विदेश मंत्री एस जयशंकर ने मास्को में बैठक की।",
     [("Subrahmanyam Jaishankar", "foreign minister", "IND")]),
    ("hi", "रूसी विदेश मंत्री सर्गेई लावरोव ने नई दिल्ली में बैठक की।",
     [("Sergey Lavrov", "foreign minister", "RUS")]),
    ("hi", "प्रधानमंत्री नरेंद्र मोदी ने राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की।",
     [("Narendra Modi", "prime minister", "IND"), ("Vladimir Putin", "president", "RUS")]),
]


test_officials = table(check_officials, ROWS)
