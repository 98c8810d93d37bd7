"""Suspending one's part in an organisation's initiative, and recalling one's representative to
it, reduce relations with the organisation (SANCTION, the suspender on the organisation); a
verb of remembering with a representative after it is no recall. Made-up sentences. Rows: (lang,
published, text, expected (type, source, target, date, venue))."""

from .table import table
from .event_rows import check_extracted

ROWS = [
    ("en", "2025-05-10", "Moldova recalled its permanent representative to the European Union.",
     [("SANCTION", "MDA", "EU", "2025-05-10", None)]),
    ("ru", "2025-05-10", "Молдавия отозвала своего постоянного представителя при Евросоюзе.",
     [("SANCTION", "MDA", "EU", "2025-05-10", None)]),
    ("uk", "2025-05-10", "Молдова відкликала свого постійного представника при ЄС.",
     [("SANCTION", "MDA", "EU", "2025-05-10", None)]),
    ("be", "2025-05-10", "Малдова прыпыніла ўдзел у праграме Еўрапейскага саюза.",
     [("SANCTION", "MDA", "EU", "2025-05-10", None)]),
    ("be", "2025-05-10", "Малдова адклікала свайго прадстаўніка пры Еўрасаюзе.",
     [("SANCTION", "MDA", "EU", "2025-05-10", None)]),
]

test_event_org_suspension = table(check_extracted, ROWS)
