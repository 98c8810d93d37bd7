"""Dutch events: (lang, published, text, entities, expected) rows."""

import pytest

from ..table import table
from ..event_rows import check_events, check_extracted

NLD = ("country", "NLD", ["Nederland"])
UKR = ("country", "UKR", ["Oekraïne"])
RUS = ("country", "RUS", ["Rusland"])
CHN = ("country", "CHN", ["China"])

ROWS = [
    ("nl", "2024-03-01", "Nederland en Oekraïne ondertekenden donderdag in Kyiv een veiligheidsakkoord.",
     [NLD, UKR], [("SUPPORT", "NLD", "UKR", "2024-02-29")]),
    ("nl", "2024-03-01", "De premier van Nederland bezocht donderdag Oekraïne.",
     [NLD, UKR], [("CONSULT", "NLD", "UKR", "2024-02-29")]),
    ("nl", "2024-11-20", "Nederland wees maandag twee diplomaten van Rusland uit.", [NLD, RUS],
     [("SANCTION", "NLD", "RUS", "2024-11-18")]),
    ("nl", "2024-11-20", "De minister van Nederland sprak dinsdag met zijn ambtgenoot uit China.", [NLD, CHN],
     [("CONSULT", "NLD", "CHN", "2024-11-19")]),
    # A negation is no event; a planned visit is an intent to meet (AGREE), not a visit.
    ("nl", "2024-11-20", "De minister van Nederland heeft zijn ambtgenoot uit China niet ontmoet.", [NLD, CHN], []),
    ("nl", "2024-11-20", "De premier van Nederland zal volgende maand China bezoeken.", [NLD, CHN],
     [("AGREE", "NLD", "CHN", "2024-11-20")]),
]


test_events = table(check_events, ROWS)


# Support restated, in the perfect tense.
SUPPORT_ROWS = [
    ("nl", "2024-05-10", "Nederland heeft donderdag zijn steun aan Oekraïne herbevestigd.",
     [NLD, UKR], [("SUPPORT", "NLD", "UKR", "2024-05-09")]),
]

test_support = table(check_events, SUPPORT_ROWS)


# The seat of government that is a city is where talks there were held: The Hague, not the capital.
SEAT_ROWS = [
    ("nl", "2025-01-15", "De Poolse minister van Buitenlandse Zaken Radosław Sikorski sprak dinsdag in Den Haag "
     "met zijn Nederlandse ambtgenoot Caspar Veldkamp.",
     [("CONSULT", "POL", "NLD", "2025-01-14", "The Hague")]),
]


@pytest.mark.parametrize("lang,published,text,expected", SEAT_ROWS)
def test_seat_city_is_the_venue(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
