"""Hebrew events: (lang, published, text, entities, expected) rows."""

from ..table import table
from ..event_rows import check_events

ISR = ("country", "ISR", ["ישראל", "הישראלי"])
HUN = ("country", "HUN", ["הונגריה", "ההונגרי"])
GRC = ("country", "GRC", ["יוון", "היווני"])

ROWS = [
    ("he", "2025-03-11", "שר החוץ הישראלי נפגש אתמול עם שר החוץ ההונגרי.",
     [ISR, HUN], [("CONSULT", "ISR", "HUN", "2025-03-10")]),
    ("he", "2025-03-11", "ישראל ויוון חתמו היום על הסכם לשיתוף פעולה בתחום האנרגיה.",
     [ISR, ("country", "GRC", ["יוון", "ויוון"])], [("SUPPORT", "ISR", "GRC", "2025-03-11")]),
    ("he", "2025-03-11", "ישראל גינתה את החלטת הונגריה.",
     [ISR, HUN], [("ACCUSE", "ISR", "HUN", "2025-03-11")]),
]


test_events = table(check_events, ROWS)
