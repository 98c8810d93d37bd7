"""A deposit in a central bank: aid, whatever word of investment or agreement stands beside it.

"The Saudi Fund for Development deposited 3 billion dollars in the central bank of Pakistan", "أودع الصندوق ...
في البنك المركزي", "разместил депозит ... в Центральном банке": a state (or its development fund) that places money
in another country's central bank supports that country's reserves; the amount is aid, of the month it is
announced, not an investment, though the verb may be one ("yatırdı", "سپرده گذاری") or an agreement be signed
for it. The words (`figures.toml [aid] deposits` and `central_banks`) must both stand in the amount's sentence,
and the sentence must name two sides.
"""

from __future__ import annotations

from ...text.numbers import MONEY, Quantity
from .lexicon import word_pattern


def central_bank_deposit(lang: str, folded: str, q: Quantity, s0: int, s1: int) -> bool:
    """Whether the amount `q` is a deposit in a central bank: a deposit word and a central bank's name in its
    sentence `s0:s1`."""
    if q.kind != MONEY:
        return False
    deposit, bank = word_pattern(lang, "aid", "deposits"), word_pattern(lang, "aid", "central_banks")
    if deposit is None or bank is None:
        return False
    return bank.search(folded, s0, s1) is not None and deposit.search(folded, s0, s1) is not None
