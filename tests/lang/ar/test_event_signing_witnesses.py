"""Who attended a signing ("وحضر حفل التوقيع ...") took part in the meeting: each signer met each
witness there; a witness did not sign or back anything, and a second witness joined by "و" with
its title ("والمستشار الألماني ...") is a witness too, not a signer. Sentences made up."""

import pytest

from ..event_rows import extracted_events

ROWS = [
    ("بكين، 6 أبريل 2023 - وقعت السعودية وإيران بيانا مشتركا في بكين اليوم، وحضر حفل التوقيع وزير الخارجية الصيني تشين قانغ.",
     ["CHN"]),
    ("بكين، 6 أبريل 2023 - وقعت السعودية وإيران بيانا مشتركا في بكين اليوم، وحضر حفل التوقيع وزير الخارجية الصيني تشين قانغ والمستشار الألماني أولاف شولتس.",
     ["CHN", "DEU"]),
]


@pytest.mark.parametrize("text,witnesses", ROWS)
def test_the_witnesses_of_a_signing_met_both_signers(text, witnesses):
    found = extracted_events('ar', "2023-04-06", text)
    consults = {frozenset((s, t)) for ty, s, t, d, p in found if ty == "CONSULT" and d == "2023-04-06"}
    assert {frozenset((signer, w)) for signer in ("SAU", "IRN") for w in witnesses} <= consults
    assert not {e for e in found if e[0] != "CONSULT" and set(witnesses) & {e[1], e[2]}}
