"""Polish events: (lang, published, text, entities, expected) rows."""

from ..table import table
from ..event_rows import check_events

POL = ("country", "POL", ["Polska", "Polski", "Polsce"])
USA = ("country", "USA", ["USA"])
UKR = ("country", "UKR", ["Ukraina", "Ukrainy"])
RUS = ("country", "RUS", ["Rosji"])

ROWS = [
    ("pl", "2024-03-13", "Prezydent Polski spotkał się we wtorek w Waszyngtonie z prezydentem USA.",
     [POL, USA], [("CONSULT", "POL", "USA", "2024-03-12")]),
    ("pl", "2024-11-20", "Polska wydaliła w poniedziałek dwóch dyplomatów Rosji.", [POL, RUS],
     [("SANCTION", "POL", "RUS", "2024-11-18")]),
    ("pl", "2024-11-20", "MSZ Polski wezwało wczoraj ambasadora Rosji.", [POL, RUS],
     [("ACCUSE", "POL", "RUS", "2024-11-19")]),
    ("pl", "2024-11-20", "Polska i Ukraina podpisały w środę umowę o współpracy energetycznej.", [POL, UKR],
     [("SUPPORT", "POL", "UKR", "2024-11-20")]),
    # Two governments adopting a joint plan sign it.
    ("pl", "2024-11-20", "Rządy Polski i Ukrainy przyjęły w środę wspólny plan działania.", [POL, UKR],
     [("SUPPORT", "POL", "UKR", "2024-11-20")]),
    # A negation is no event.
    ("pl", "2024-11-20", "Premier Polski nie spotkał się z prezydentem Ukrainy.", [POL, UKR], []),
]


test_events = table(check_events, ROWS)
