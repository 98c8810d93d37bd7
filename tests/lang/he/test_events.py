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


IRN = ("country", "IRN", ["איראן"])
MAR = ("country", "MAR", ["מרוקו"])

# Support in its other wordings, an accusation joined by a prefix, and the deed an accusation charges.
SUPPORT_ACCUSE_ROWS = [
    ("he", "2025-03-11", "ישראל הכירה בריבונות מרוקו על מערב סהרה.",
     [ISR, MAR], [("SUPPORT", "ISR", "MAR", "2025-03-11")]),
    ("he", "2025-03-11", "הונגריה הביעה את תמיכתה בישראל.",
     [("country", "ISR", ["ישראל", "בישראל"]), HUN], [("SUPPORT", "HUN", "ISR", "2025-03-11")]),
    ("he", "2025-03-11", "איראן טענה כי ישראל ביצעה את הפעולה והאשימה אותה בפשע.",
     [ISR, IRN], [("ACCUSE", "IRN", "ISR", "2025-03-11")]),
    # The attack is what Israel charges Iran with, not an attack of Israel's.
    ("he", "2025-03-11", "ישראל מאשימה את איראן, שלדבריה תקפה ספינות בים האדום.",
     [ISR, IRN], [("ACCUSE", "ISR", "IRN", "2025-03-11")]),
]

test_support_accuse = table(check_events, SUPPORT_ACCUSE_ROWS)
