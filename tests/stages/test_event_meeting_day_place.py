"""What a pair did to each other on the day they met, told in a later sentence without a place of
its own, happened where they met: aid announced after a meeting in London is located in London
(the meeting's place told in its sentence or by the dateline). Sentences made up."""

import pytest

from tests.lang.event_rows import check_extracted

ROWS = [
    ('pt', "LONDRES — O presidente do Brasil, Luiz Inácio Lula da Silva, reuniu-se com o primeiro-ministro britânico Rishi Sunak nesta sexta-feira. O Reino Unido anunciou uma contribuição de 80 milhões de libras para o Fundo Amazônia, do Brasil."),
    ('pt', "O presidente do Brasil, Luiz Inácio Lula da Silva, reuniu-se com o primeiro-ministro britânico Rishi Sunak em Londres nesta sexta-feira. O Reino Unido anunciou uma contribuição de 80 milhões de libras para o Fundo Amazônia, do Brasil."),
]


@pytest.mark.parametrize("lang,text", ROWS)
def test_aid_of_the_meeting_day_is_where_they_met(lang, text):
    check_extracted(lang, "2023-05-06", text, [('CONSULT', 'BRA', 'GBR', '2023-05-05', 'London'),
                                               ('AID', 'GBR', 'BRA', '2023-05-05', 'London')])
