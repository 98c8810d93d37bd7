"""The amount an aid programme pays out at once ("the immediate disbursement of 820 million", "un décaissement
immédiat", "un desembolso inmediato"), in own sentences made up for these tests, is a tranche of the programme: a
programme smaller than it by a slipped scale word is a `scale` error naming both; one that holds it gives none."""

from __future__ import annotations

from legation import extract
from legation.text.numbers import format_amount

from .table import table
from .test_figure_corruption_kinds import PUB, check_consistent

SLIPPED = [
    ("en", "The IMF board approved a 3 million dollar Extended Fund Facility for Egypt, allowing the immediate "
     "disbursement of about 820 million dollars.", ((3e6, "USD", "3 million dollar"), (820e6, "USD", "820 million dollars"))),
    ("fr", "Le FMI a approuvé un programme de 3 millions de dollars pour l'Égypte, avec un décaissement immédiat de 820 "
     "millions de dollars.", ((3e6, "USD", "3 millions de dollars"), (820e6, "USD", "820 millions de dollars"))),
    ("es", "El FMI aprobó un programa de 3 millones de dólares para Egipto, con un desembolso inmediato de 820 millones "
     "de dólares.", ((3e6, "USD", "3 millones de dólares"), (820e6, "USD", "820 millones de dólares"))),
]

FIT = [
    ("en", "The IMF board approved a 3 billion dollar Extended Fund Facility for Egypt, allowing the immediate "
     "disbursement of about 820 million dollars."),
    ("fr", "Le FMI a approuvé un programme de 3 milliards de dollars pour l'Égypte, avec un décaissement immédiat de 820 "
     "millions de dollars."),
    ("es", "El FMI aprobó un programa de 3.000 millones de dólares para Egipto, con un desembolso inmediato de 820 "
     "millones de dólares."),
]


def check_slipped(lang: str, text: str, numbers: tuple[tuple[float, str, str], ...]) -> None:
    doc = extract(text, lang=lang, published=PUB)
    found = [f.message for f in doc.flags if f.severity == "error" and f.kind in ("scale", "sum_mismatch")]
    want = [(format_amount(v, unit), written) for v, unit, written in numbers]
    assert any(all(a in m and w in m for a, w in want) for m in found), [(f.kind, f.message) for f in doc.flags]


test_disbursement_is_tranche = table(check_slipped, SLIPPED)
test_disbursement_fits = table(check_consistent, FIT)
