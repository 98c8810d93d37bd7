"""de events of trade measures: tariffs imposed or taking effect are a SANCTION of the imposing
state on the state whose goods they hit, counter-tariffs too; a pause in them is a RETREAT.
Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ("de", "2025-03-13",
     "Die USA verhängten am Mittwoch Zölle von 25 Prozent auf Stahl und Aluminium aus Kanada.",
     [("SANCTION", "USA", "CAN", "2025-03-12", None)]),
    ("de", "2025-03-13",
     "Kanada verhängte am Donnerstag Gegenzölle auf Waren aus den USA.",
     [("SANCTION", "CAN", "USA", "2025-03-13", None)]),
    ("de", "2025-04-10",
     "Trump setzte am Mittwoch die Zölle gegen die Europäische Union für 90 Tage aus.",
     [("RETREAT", "USA", "EU", "2025-04-09", None)]),
]

test_trade_events = table(check_extracted, ROWS)
