"""International organisations and their heads as parties in pt: (lang, published, text, events,
figures, people) rows; the check lives in `tests/lang/organisation_rows.py`."""

from ..organisation_rows import check_organisation_acts
from ..table import table

VDL = ("Ursula von der Leyen", "EC")

ROWS = [
    ("pt", "2024-03-10",
     "A presidente da Comissão Europeia, Ursula von der Leyen, visitou Chisinau na quinta-feira e anunciou um pacote de ajuda de 2,6 mil milhões de euros para a Moldávia.",
     {("CONSULT", "EC", "MDA"), ("AID", "EC", "MDA")}, [("aid", "EC", "MDA", 2.6e9)], {VDL}),
    ("pt", "2024-03-10", "O secretário-geral da ONU, António Guterres, visitou Moçambique na terça-feira.",
     {("CONSULT", "UN", "MOZ")}, [], {("António Guterres", "UN")}),
    ("pt", "2024-03-10", "A Comissão Europeia aprovou na quarta-feira o plano de recuperação da Croácia, com 5,5 mil "
     "milhões de euros em subvenções e 4,2 mil milhões de euros em empréstimos.",
     {("AID", "EC", "HRV")}, [("aid", "EC", "HRV", 5.5e9), ("aid", "EC", "HRV", 4.2e9)], set()),
]

test_organisation_acts = table(check_organisation_acts, ROWS)
