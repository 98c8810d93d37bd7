"""International organisations and their heads as parties in en: (lang, published, text, events,
figures, people) rows; the check lives in `tests/lang/organisation_rows.py`."""

from ..organisation_rows import check_organisation_acts
from ..table import table

VDL = ("Ursula von der Leyen", "EC")

ROWS = [
    ("en", "2024-03-10",
     "European Commission President Ursula von der Leyen visited Chisinau on Tuesday and met President Maia Sandu. She announced a package of 2.6 billion euros for Moldova, of which 400 million euros in grants and 2.2 billion euros in loans.",
     {("CONSULT", "EC", "MDA"), ("AID", "EC", "MDA")}, [("aid", "EC", "MDA", 2.6e9), ("aid", "EC", "MDA", 4e8), ("aid", "EC", "MDA", 2.2e9)], {VDL}),
    # Heads of other bodies act for them.
    ("en", "2024-03-10", "NATO Secretary General Mark Rutte visited Kyiv on Thursday and met President Volodymyr Zelensky.",
     {("CONSULT", "NATO", "UKR")}, [], {("Mark Rutte", "NATO")}),
    ("en", "2024-03-10", "World Bank President Ajay Banga visited Nairobi on Monday and met President William Ruto.",
     {("CONSULT", "WB", "KEN")}, [], {("Ajay Banga", "WB")}),
    ("en", "2024-03-10", "GCC Secretary-General Jasem Albudaiwi met Iraqi Foreign Minister Fuad Hussein in Riyadh on Sunday.",
     {("CONSULT", "GCC", "IRQ")}, [], {("Jasem Mohamed Albudaiwi", "GCC")}),
    # The Commission's president named with no role; the Union she speaks of is her own side, no party.
    ("en", "2024-03-10", "Ursula von der Leyen said on Sunday in Tunis that the EU was ready to help.",
     set(), [], {VDL}),
    # A council's decision for two countries: one act for each; their welcome together supports the council.
    ("en", "2024-03-10", "The European Council granted candidate status to Ukraine and Moldova on Thursday. Kyiv and "
     "Chisinau welcomed the decision.",
     {("SUPPORT", "EUCO", "UKR"), ("SUPPORT", "EUCO", "MDA"), ("SUPPORT", "UKR", "EUCO"), ("SUPPORT", "MDA", "EUCO")},
     [], set()),
    # The Union as a whole stays the Union; money the European Council's leaders agree is the Union's.
    ("en", "2024-03-10", "The European Union pledged 500 million euros in aid for Jordan on Monday.",
     {("AID", "EU", "JOR")}, [("aid", "EU", "JOR", 5e8)], set()),
    ("en", "2024-03-10", "European Council President Charles Michel announced on Thursday that EU leaders agreed 50 billion "
     "euros in aid for Ukraine.", {("AID", "EU", "UKR")}, [("aid", "EU", "UKR", 5e10)], {("Charles Michel", "EUCO")}),
]

test_organisation_acts = table(check_organisation_acts, ROWS)
