"""German events of several states travelling as one side: each visitor consults the host, the
visitors do not consult one another. Rows: (lang, published, text, expected (type, source,
target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    # Four heads of government arrive together in a capital and meet its president (made up).
    ("de", "2025-05-11",
     "Die Regierungschefs von Spanien, Griechenland, Dänemark und Tschechien trafen am Samstag "
     "in Chișinău ein und trafen die moldauische Präsidentin.",
     [("CONSULT", "ESP", "MDA", "2025-05-10", "Chisinau"), ("CONSULT", "GRC", "MDA", "2025-05-10", "Chisinau"),
      ("CONSULT", "DNK", "MDA", "2025-05-10", "Chisinau"), ("CONSULT", "CZE", "MDA", "2025-05-10", "Chisinau")]),
    # The same trip in the passive: those received together were received by the host, not by each other.
    ("de", "2025-05-10",
     "Sánchez, Mitsotakis, Frederiksen und Fiala wurden in Chișinău von der moldauischen Präsidentin Maia Sandu empfangen.",
     [("CONSULT", "ESP", "MDA", "2025-05-10", "Chisinau"), ("CONSULT", "GRC", "MDA", "2025-05-10", "Chisinau"),
      ("CONSULT", "DNK", "MDA", "2025-05-10", "Chisinau"), ("CONSULT", "CZE", "MDA", "2025-05-10", "Chisinau")]),
    # "sind ... gereist": the perfect of travelling to a capital is a visit to its state.
    ("de", "2025-05-11",
     "Sánchez, Mitsotakis, Frederiksen und Fiala sind am Samstag gemeinsam nach Chișinău gereist.",
     [("CONSULT", "ESP", "MDA", "2025-05-10", "Chisinau"), ("CONSULT", "GRC", "MDA", "2025-05-10", "Chisinau"),
      ("CONSULT", "DNK", "MDA", "2025-05-10", "Chisinau"), ("CONSULT", "CZE", "MDA", "2025-05-10", "Chisinau")]),
]

test_joint_visits = table(check_extracted, ROWS)
