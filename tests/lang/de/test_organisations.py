"""International organisations and their heads as parties in de: (lang, published, text, events,
figures, people) rows; the check lives in `tests/lang/organisation_rows.py`."""

from ..organisation_rows import check_organisation_acts
from ..table import table

VDL = ("Ursula von der Leyen", "EC")

ROWS = [
    ("de", "2024-03-10",
     "Die Präsidentin der Europäischen Kommission, Ursula von der Leyen, besuchte am Donnerstag Kischinau und kündigte ein Hilfspaket von 2,6 Milliarden Euro für die Republik Moldau an.",
     {("CONSULT", "EC", "MDA"), ("AID", "EC", "MDA")}, [("aid", "EC", "MDA", 2.6e9)], {VDL}),
    # A council's decision for two countries: one act for each.
    ("de", "2024-03-10", "Der Europäische Rat hat am Donnerstag der Ukraine und der Republik Moldau den Kandidatenstatus verliehen.",
     {("SUPPORT", "EUCO", "UKR"), ("SUPPORT", "EUCO", "MDA")}, [], set()),
]

test_organisation_acts = table(check_organisation_acts, ROWS)
