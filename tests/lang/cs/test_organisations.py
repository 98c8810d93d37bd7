"""International organisations and their heads as parties in cs: (lang, published, text, events,
figures, people) rows; the check lives in `tests/lang/organisation_rows.py`."""

from ..organisation_rows import check_organisation_acts
from ..table import table

VDL = ("Ursula von der Leyen", "EC")

ROWS = [
    ("cs", "2024-03-10",
     "Předsedkyně Evropské komise Ursula von der Leyenová ve čtvrtek navštívila Kišiněv a oznámila balíček pomoci ve výši 2,6 miliardy eur pro Moldavsko.",
     {("CONSULT", "EC", "MDA"), ("AID", "EC", "MDA")}, [("aid", "EC", "MDA", 2.6e9)], {VDL}),
    ("cs", "2024-03-10", "Generální tajemník NATO Mark Rutte ve čtvrtek navštívil Prahu a setkal se s prezidentem Petrem Pavlem.",
     {("CONSULT", "NATO", "CZE")}, [], {("Mark Rutte", "NATO")}),
]

test_organisation_acts = table(check_organisation_acts, ROWS)
