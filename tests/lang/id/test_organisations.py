"""International organisations and their heads as parties in id: (lang, published, text, events,
figures, people) rows; the check lives in `tests/lang/organisation_rows.py`."""

from ..organisation_rows import check_organisation_acts
from ..table import table

VDL = ("Ursula von der Leyen", "EC")

ROWS = [
    ("id", "2024-03-10",
     "Presiden Komisi Eropa Ursula von der Leyen mengunjungi Chisinau pada hari Kamis dan mengumumkan paket bantuan senilai 2,6 miliar euro untuk Moldova.",
     {("CONSULT", "EC", "MDA"), ("AID", "EC", "MDA")}, [("aid", "EC", "MDA", 2.6e9)], {VDL}),
    ("id", "2024-03-10", "Sekretaris Jenderal ASEAN Kao Kim Hourn bertemu Presiden Joko Widodo di Jakarta pada hari Senin.",
     {("CONSULT", "ASEAN", "IDN")}, [], {("Kao Kim Hourn", "ASEAN")}),
]

test_organisation_acts = table(check_organisation_acts, ROWS)
