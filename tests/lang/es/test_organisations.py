"""International organisations and their heads as parties in es: (lang, published, text, events,
figures, people) rows; the check lives in `tests/lang/organisation_rows.py`."""

from ..organisation_rows import check_organisation_acts
from ..table import table

VDL = ("Ursula von der Leyen", "EC")

ROWS = [
    ("es", "2024-03-10",
     "La presidenta de la Comisión Europea, Ursula von der Leyen, visitó el jueves Chisináu y anunció un paquete de ayuda de 2.600 millones de euros para Moldavia.",
     {("CONSULT", "EC", "MDA"), ("AID", "EC", "MDA")}, [("aid", "EC", "MDA", 2.6e9)], {VDL}),
]

test_organisation_acts = table(check_organisation_acts, ROWS)
