"""German events of several states travelling as one side: each visitor consults the host, the
visitors do not consult one another. Rows: (lang, published, text, expected (type, source,
target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    # Kyiv, 10 May 2025: Macron, Merz, Starmer and Tusk arrived together and met Zelensky.
    ("de", "2025-05-11",
     "Die Regierungschefs von Frankreich, Deutschland, Großbritannien und Polen trafen am Samstag "
     "in Kiew ein und trafen den ukrainischen Präsidenten.",
     [("CONSULT", "FRA", "UKR", "2025-05-10", "Kyiv"), ("CONSULT", "DEU", "UKR", "2025-05-10", "Kyiv"),
      ("CONSULT", "GBR", "UKR", "2025-05-10", "Kyiv"), ("CONSULT", "POL", "UKR", "2025-05-10", "Kyiv")]),
    # The same trip in the passive: those received together were received by the host, not by each other.
    ("de", "2025-05-10",
     "Merz, Macron, Starmer und Tusk wurden in Kiew vom ukrainischen Präsidenten Wolodymyr Selenskyj empfangen.",
     [("CONSULT", "DEU", "UKR", "2025-05-10", "Kyiv"), ("CONSULT", "FRA", "UKR", "2025-05-10", "Kyiv"),
      ("CONSULT", "GBR", "UKR", "2025-05-10", "Kyiv"), ("CONSULT", "POL", "UKR", "2025-05-10", "Kyiv")]),
    # "sind ... gereist": the perfect of travelling to a capital is a visit to its state.
    ("de", "2025-05-11",
     "Merz, Macron, Starmer und Tusk sind am Samstag gemeinsam nach Kiew gereist.",
     [("CONSULT", "DEU", "UKR", "2025-05-10", "Kyiv"), ("CONSULT", "FRA", "UKR", "2025-05-10", "Kyiv"),
      ("CONSULT", "GBR", "UKR", "2025-05-10", "Kyiv"), ("CONSULT", "POL", "UKR", "2025-05-10", "Kyiv")]),
]

test_joint_visits = table(check_extracted, ROWS)
