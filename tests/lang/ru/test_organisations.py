"""International organisations and their heads as parties in ru: (lang, published, text, events,
figures, people) rows; the check lives in `tests/lang/organisation_rows.py`."""

from ..organisation_rows import check_organisation_acts
from ..table import table

VDL = ("Ursula von der Leyen", "EC")

ROWS = [
    ("ru", "2024-03-10",
     "Председатель Европейской комиссии Урсула фон дер Ляйен в четверг посетила Кишинев и объявила о пакете помощи в размере 2,6 млрд евро для Молдавии.",
     {("CONSULT", "EC", "MDA"), ("AID", "EC", "MDA")}, [("aid", "EC", "MDA", 2.6e9)], {VDL}),
]

test_organisation_acts = table(check_organisation_acts, ROWS)
