"""International organisations and their heads as parties in it: (lang, published, text, events,
figures, people) rows; the check lives in `tests/lang/organisation_rows.py`."""

from ..organisation_rows import check_organisation_acts
from ..table import table

VDL = ("Ursula von der Leyen", "EC")

ROWS = [
    ("it", "2024-03-10",
     "La presidente della Commissione europea Ursula von der Leyen ha visitato giovedì Tunisi e ha annunciato un pacchetto di aiuti da 95 milioni di euro per la Tunisia.",
     {("CONSULT", "EC", "TUN"), ("AID", "EC", "TUN")}, [("aid", "EC", "TUN", 9.5e7)], {VDL}),
    ("it", "2024-03-10", "La Commissione europea ha approvato mercoledì il piano di ripresa della Croazia, con 5,5 "
     "miliardi di euro in sovvenzioni e 4,2 miliardi di euro in prestiti.",
     {("AID", "EC", "HRV")}, [("aid", "EC", "HRV", 5.5e9), ("aid", "EC", "HRV", 4.2e9)], set()),
]

test_organisation_acts = table(check_organisation_acts, ROWS)
