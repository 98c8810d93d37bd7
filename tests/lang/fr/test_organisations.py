"""International organisations and their heads as parties in fr: (lang, published, text, events,
figures, people) rows; the check lives in `tests/lang/organisation_rows.py`."""

from ..organisation_rows import check_organisation_acts
from ..table import table

VDL = ("Ursula von der Leyen", "EC")

ROWS = [
    ("fr", "2024-03-10",
     "La présidente de la Commission européenne Ursula von der Leyen s'est rendue jeudi à Chisinau et a annoncé un plan d'aide de 2,6 milliards d'euros pour la Moldavie.",
     {("AID", "EC", "MDA")}, [("aid", "EC", "MDA", 2.6e9)], {VDL}),
]

test_organisation_acts = table(check_organisation_acts, ROWS)
