"""en events of trade measures: tariffs imposed or taking effect are a SANCTION of the imposing
state on the state whose goods they hit, counter-tariffs too; a pause in them is a RETREAT.
Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ("en", "2025-03-13",
     "The United States imposed 25 percent tariffs on steel and aluminium imports from Canada on Wednesday.",
     [("SANCTION", "USA", "CAN", "2025-03-12", None)]),
    ("en", "2025-03-13",
     "Canada imposed counter-tariffs on American goods worth 29.8 billion dollars on Thursday.",
     [("SANCTION", "CAN", "USA", "2025-03-13", None)]),
    ("en", "2025-02-04",
     "Trump paused the tariffs on Mexico for a month on Monday.",
     [("RETREAT", "USA", "MEX", "2025-02-03", None)]),
]

test_trade_events = table(check_extracted, ROWS)
