"""What a pair did to each other on the day they met, told in a later sentence without a place of
its own, happened where they met: aid announced after a meeting in Nairobi is located in Nairobi
(the meeting's place told in its sentence or by the dateline). Sentences made up."""

import pytest

from tests.lang.event_rows import check_extracted

ROWS = [
    ('pt', "NAIRÓBI — O presidente do Quénia, William Ruto, reuniu-se com o chanceler alemão Olaf Scholz nesta quinta-feira. A Alemanha anunciou uma contribuição de 50 milhões de euros para o fundo de água do Quénia."),
    ('pt', "O presidente do Quénia, William Ruto, reuniu-se com o chanceler alemão Olaf Scholz em Nairóbi nesta quinta-feira. A Alemanha anunciou uma contribuição de 50 milhões de euros para o fundo de água do Quénia."),
]


@pytest.mark.parametrize("lang,text", ROWS)
def test_aid_of_the_meeting_day_is_where_they_met(lang, text):
    check_extracted(lang, "2023-05-05", text, [('CONSULT', 'DEU', 'KEN', '2023-05-04', 'Nairobi'),
                                               ('AID', 'DEU', 'KEN', '2023-05-04', 'Nairobi')])
