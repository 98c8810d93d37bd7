"""A hostile design one side says another has ("said that Russia planned to overthrow the
government") is the sayer's accusation of that side; a design the writer tells, or one inside a
condition far from any side named doing it, is no act. Sentences made up."""

import pytest

from tests.lang.event_rows import extracted_events

SAID = [
    ('en', "Moldovan President Maia Sandu said on Tuesday that Russia planned to overthrow the government in Chisinau.", '2024-03-05'),
    ('ro', "Președinta Maia Sandu a declarat marți că Rusia plănuiește să răstoarne guvernul de la Chișinău.", '2024-03-05'),
    ('ar', "قالت الرئيسة المولدوفية مايا ساندو الثلاثاء إن روسيا تخطط للإطاحة بالحكومة في مولدوفا.", '2024-03-05'),
]


@pytest.mark.parametrize("lang,text,day", SAID)
def test_a_design_said_of_another_is_an_accusation(lang, text, day):
    assert {e[:4] for e in extracted_events(lang, "2024-03-07", text) if e[0] == "ACCUSE"} == {("ACCUSE", "MDA", "RUS", day)}


NOT_SAID = [
    # told by the writer: the rebels' blockade is the act
    ('en', "Rebels in Mali on Tuesday cut the road into Bamako as they pressed their campaign to overthrow the government."),
    # inside the condition of a threat, far from the side it names
    ('en', "Kenya announced on Tuesday that it would pull its police mission out of Haiti unless Prime Minister Garry Conille reached a truce with gangs trying to topple his government."),
]


@pytest.mark.parametrize("lang,text", NOT_SAID)
def test_a_design_no_one_charges_is_no_accusation(lang, text):
    assert not {e for e in extracted_events(lang, "2024-03-07", text) if e[0] == "ACCUSE"}
