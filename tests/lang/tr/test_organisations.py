"""International organisations and their heads as parties in tr: (lang, published, text, events,
figures, people) rows; the check lives in `tests/lang/organisation_rows.py`."""

from ..organisation_rows import check_organisation_acts
from ..table import table

VDL = ("Ursula von der Leyen", "EC")

ROWS = [
    ("tr", "2024-03-10",
     "Avrupa Komisyonu Başkanı Ursula von der Leyen perşembe günü Kişinev'i ziyaret etti ve Moldova için 2,6 milyar euroluk yardım paketi açıkladı.",
     {("CONSULT", "EC", "MDA"), ("AID", "EC", "MDA")}, [("aid", "EC", "MDA", 2.6e9)], {VDL}),
    ("tr", "2024-03-10", "Avrupa Komisyonu Başkanı Ursula von der Leyen, Brüksel'de düzenlenen bağışçılar konferansında "
     "Suriye halkı için 7,5 milyar euro taahhüt toplandığını açıkladı.",
     {("AID", "EC", "SYR")}, [("aid", "EC", "SYR", 7.5e9)], {VDL}),
]

test_organisation_acts = table(check_organisation_acts, ROWS)
