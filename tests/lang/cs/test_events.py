"""Czech events: (lang, published, text, entities, expected) rows."""

from ..table import table
from ..event_rows import check_events

CZE = ("country", "CZE", ["Česko", "Česka", "Česká republika"])
RUS = ("country", "RUS", ["Ruska"])
UKR = ("country", "UKR", ["Ukrajina"])
POL = ("country", "POL", ["Polska"])

ROWS = [
    ("cs", "2024-04-17", "Prezident Česka se v úterý setkal s prezidentem Polska.",
     [CZE, POL], [("CONSULT", "CZE", "POL", "2024-04-16")]),
    ("cs", "2024-11-20", "Česko v pondělí vyhostilo dva diplomaty Ruska.", [CZE, RUS],
     [("SANCTION", "CZE", "RUS", "2024-11-18")]),
    ("cs", "2024-11-20", "Česká republika a Ukrajina podepsaly ve středu dohodu o spolupráci.", [CZE, UKR],
     [("SUPPORT", "CZE", "UKR", "2024-11-20")]),
    # A negation is no event.
    ("cs", "2024-11-20", "Prezident Česka se nesetkal s prezidentem Polska.", [CZE, POL], []),
]


test_events = table(check_events, ROWS)
