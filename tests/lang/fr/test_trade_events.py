"""fr events of trade measures: tariffs imposed or taking effect are a SANCTION of the imposing
state on the state whose goods they hit, counter-tariffs too; a pause in them is a RETREAT.
Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ("fr", "2025-03-13",
     "Les États-Unis ont imposé mercredi des droits de douane de 25 % sur l'acier et l'aluminium du Canada.",
     [("SANCTION", "USA", "CAN", "2025-03-12", None)]),
    ("fr", "2025-04-05",
     "La Chine a imposé vendredi des droits de douane de rétorsion de 34 % sur les produits américains.",
     [("SANCTION", "CHN", "USA", "2025-04-04", None)]),
    ("fr", "2025-04-10",
     "Donald Trump a suspendu mercredi pendant 90 jours les droits de douane sur l'Union européenne.",
     [("RETREAT", "USA", "EU", "2025-04-09", None)]),
]

test_trade_events = table(check_extracted, ROWS)
