"""German "über" right after a programme, loan or deal noun states its worth ("ein Programm über 3 Millionen
Dollar"), not "more than", in own sentences made up for these tests: the amount is exact, so a tranche or part
larger than it is an error naming both. After "von" it is still "more than", and a part under it gives no error."""

from __future__ import annotations

from legation import extract
from legation.text.numbers import format_amount

from .table import table
from .test_figure_corruption_kinds import PUB, check_consistent

OVER = [
    ("de", "Der IWF genehmigte für Ägypten ein Programm über 3 Millionen Dollar; die erste Tranche von 820 Millionen "
     "Dollar wird sofort ausgezahlt.", ((3e6, "USD", "3 Millionen Dollar"), (820e6, "USD", "820 Millionen Dollar"))),
    ("de", "Deutschland gewährt der Ukraine einen Kredit über 500 Millionen Euro, davon 600 Millionen Euro als Zuschüsse.",
     ((500e6, "EUR", "500 Millionen Euro"), (600e6, "EUR", "600 Millionen Euro"))),
]

FIT = [
    ("de", "Der IWF genehmigte für Ägypten ein Programm über 3 Milliarden Dollar; die erste Tranche von 820 Millionen "
     "Dollar wird sofort ausgezahlt."),
    ("de", "Deutschland hat der Ukraine seit 2022 Hilfe von über 3 Millionen Euro zugesagt, davon 2,8 Millionen Euro als "
     "Zuschüsse."),
]


def check_over(lang: str, text: str, numbers: tuple[tuple[float, str, str], ...]) -> None:
    doc = extract(text, lang=lang, published=PUB)
    found = [f.message for f in doc.flags if f.severity == "error" and f.kind in ("scale", "sum_mismatch")]
    want = [(format_amount(v, unit), written) for v, unit, written in numbers]
    assert any(all(a in m and w in m for a, w in want) for m in found), [(f.kind, f.message) for f in doc.flags]


test_worth_is_exact = table(check_over, OVER)
test_worth_fits = table(check_consistent, FIT)
