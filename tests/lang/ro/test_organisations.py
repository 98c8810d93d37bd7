"""International organisations and their heads as parties in ro: (lang, published, text, events,
figures, people) rows; the check lives in `tests/lang/organisation_rows.py`."""

from ..organisation_rows import check_organisation_acts
from ..table import table

VDL = ("Ursula von der Leyen", "EC")

ROWS = [
    ("ro", "2024-03-10",
     "Președinta Comisiei Europene, Ursula von der Leyen, a vizitat joi Chișinăul și a anunțat un pachet de sprijin de 2,6 miliarde de euro pentru Republica Moldova.",
     {("CONSULT", "EC", "MDA"), ("AID", "EC", "MDA")}, [("aid", "EC", "MDA", 2.6e9)], {VDL}),
    ("ro", "2024-03-10", "Consiliul European a acordat joi statutul de candidat Ucrainei și Republicii Moldova.",
     {("SUPPORT", "EUCO", "UKR"), ("SUPPORT", "EUCO", "MDA")}, [], set()),
]

test_organisation_acts = table(check_organisation_acts, ROWS)
