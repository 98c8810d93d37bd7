"""A headline's topic before a colon is no party of the act after it ("Ukraine: Italy expels 30
Russian diplomats" is Italy's expulsion of Russians, nothing of Ukraine's). Made-up sentences.
Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from .table import table
from .event_rows import check_extracted

ROWS = [
    ("fr", "2025-05-10", "Ukraine : l'Italie expulse 30 diplomates russes. Rome accuse les diplomates d'espionnage.",
     [("SANCTION", "ITA", "RUS", "2025-05-10", None), ("ACCUSE", "ITA", "RUS", "2025-05-10", None)]),
    ("en", "2025-05-10", "Ukraine: Italy expels 30 Russian diplomats. Rome said the diplomats had spied.",
     [("SANCTION", "ITA", "RUS", "2025-05-10", None)]),
    ("ru", "2025-05-10", "Украина: Италия высылает 30 российских дипломатов. Рим обвинил их в шпионаже.",
     [("SANCTION", "ITA", "RUS", "2025-05-10", None), ("ACCUSE", "ITA", "RUS", "2025-05-10", None)]),
]

test_event_headline_topic = table(check_extracted, ROWS)
