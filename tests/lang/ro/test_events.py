"""Romanian events: (lang, published, text, entities, expected) rows."""

from ..table import table
from ..event_rows import check_events

ROU = ("country", "ROU", ["România", "României"])
USA = ("country", "USA", ["SUA"])
RUS = ("country", "RUS", ["Rusiei", "Rusia"])
MDA = ("country", "MDA", ["Republicii Moldova", "Republica Moldova"])

ROWS = [
    ("ro", "2024-03-01", "Președintele României s-a întâlnit marți la Washington cu președintele SUA.",
     [ROU, USA], [("CONSULT", "ROU", "USA", "2024-02-27")]),
    ("ro", "2024-03-01", "Ministerul Afacerilor Externe al României a convocat ieri ambasadorul Rusiei.",
     [ROU, RUS], [("ACCUSE", "ROU", "RUS", "2024-02-29")]),
    ("ro", "2024-03-01", "Premierul României a primit joi delegația Republicii Moldova.",
     [ROU, MDA], [("CONSULT", "MDA", "ROU", "2024-02-29")]),
    ("ro", "2024-03-01", "România și Republica Moldova au semnat luni un acord privind interconectarea energetică.",
     [ROU, MDA], [("SUPPORT", "ROU", "MDA", "2024-02-26")]),
    # A negation is no event.
    ("ro", "2024-03-01", "Președintele României nu s-a întâlnit cu președintele SUA.", [ROU, USA], []),
]


test_events = table(check_events, ROWS)


UKR = ("country", "UKR", ["Ucraina"])

# Support restated, with the date between the verb and the support.
SUPPORT_ROWS = [
    ("ro", "2024-05-10", "România și-a reafirmat joi sprijinul pentru Ucraina.",
     [ROU, UKR], [("SUPPORT", "ROU", "UKR", "2024-05-09")]),
]

test_support = table(check_events, SUPPORT_ROWS)
