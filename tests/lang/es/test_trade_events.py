"""es events of trade measures: tariffs imposed or taking effect are a SANCTION of the imposing
state on the state whose goods they hit, counter-tariffs too; a pause in them is a RETREAT.
Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ("es", "2025-03-13",
     "Estados Unidos impuso el miércoles aranceles del 25 % a las importaciones de acero de Canadá.",
     [("SANCTION", "USA", "CAN", "2025-03-12", None)]),
    ("es", "2025-04-05",
     "China impuso el viernes aranceles de represalia del 34 % a los productos de Estados Unidos.",
     [("SANCTION", "CHN", "USA", "2025-04-04", None)]),
    ("es", "2025-02-04",
     "Trump suspendió el lunes por un mes los aranceles a México.",
     [("RETREAT", "USA", "MEX", "2025-02-03", None)]),
]

test_trade_events = table(check_extracted, ROWS)
