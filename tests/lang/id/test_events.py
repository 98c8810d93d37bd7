"""Indonesian events: (lang, published, text, entities, expected) rows."""

from ..table import table
from ..event_rows import check_events

IDN = ("country", "IDN", ["Indonesia"])
CHN = ("country", "CHN", ["China"])
RUS = ("country", "RUS", ["Rusia"])
UKR = ("country", "UKR", ["Ukraina"])
PSE = ("country", "PSE", ["Palestina"])
ISR = ("country", "ISR", ["Israel"])

ROWS = [
    ("id", "2024-11-10", "Indonesia dan China menandatangani sejumlah nota kesepahaman pada 9 November 2024.",
     [IDN, CHN], [("SUPPORT", "IDN", "CHN", "2024-11-09")]),
    ("id", "2024-11-10", "Indonesia mengirimkan bantuan kemanusiaan ke Palestina.",
     [IDN, PSE], [("AID", "IDN", "PSE", "2024-11-10")]),
    ("id", "2024-11-10", "Indonesia mengecam serangan Israel.",
     [IDN, ISR], [("ACCUSE", "IDN", "ISR", "2024-11-10")]),
    ("id", "2022-07-01", "Presiden Indonesia bertemu dengan Presiden Rusia di Moskow pada 30 Juni 2022.",
     [IDN, RUS], [("CONSULT", "IDN", "RUS", "2022-06-30")]),
    # Planned and negated acts are no events.
    ("id", "2024-11-10", "Indonesia akan menandatangani perjanjian dengan China bulan depan.", [IDN, CHN], []),
    ("id", "2024-11-10", "Indonesia tidak mengecam Rusia.", [IDN, RUS], []),
]


test_events = table(check_events, ROWS)
