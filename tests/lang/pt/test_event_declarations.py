"""Portuguese: a joint declaration signed by two leaders is what they agreed on (AGREE, not a
signing's SUPPORT); a visit named by its noun ("durante a visita do presidente de X ao Y") is
the visitor's consultation of the host, kept when companies sign in the leaders' presence.
Made-up sentences. Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ("pt", "2025-05-10", "O presidente do Brasil e o presidente de Angola assinaram uma declaração conjunta sobre comércio.",
     [("AGREE", "BRA", "AGO", "2025-05-10", None)]),
    ("pt", "2025-05-10", "Os presidentes do Brasil e de Angola assinaram um acordo de cooperação.",
     [("SUPPORT", "BRA", "AGO", "2025-05-10", None)]),
    ("pt", "2025-05-10",
     "Durante a visita do presidente de Angola ao Brasil, empresas dos dois países assinaram um acordo "
     "na presença dos dois presidentes.",
     [("CONSULT", "AGO", "BRA", "2025-05-10", None), ("SUPPORT", "AGO", "BRA", "2025-05-10", None)]),
]

test_event_declarations = table(check_extracted, ROWS)
