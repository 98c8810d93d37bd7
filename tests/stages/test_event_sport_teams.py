"""A team's people named by their country where the team's noun comes first ("o técnico português
da seleção do Brasil", "المدرب البرتغالي لمنتخب مصر"): sport, no SUPPORT between the states.
Praise and support between governments stay acts. Sentences made up."""

import pytest

from tests.lang.event_rows import extracted_events

SPORT = [
    ('pt', "O técnico português da seleção do Brasil elogiou nesta terça-feira o apoio da torcida no jogo contra a Argentina."),
    ('ro', "Antrenorul italian al naționalei României a mulțumit marți suporterilor după meciul cu Spania."),
    ('es', "El entrenador argentino de la selección de Chile agradeció el martes el apoyo de los aficionados tras el partido contra Perú."),
    ('ar', "أشاد المدرب البرتغالي لمنتخب مصر يوم الثلاثاء بدعم الجماهير بعد المباراة أمام المغرب."),
]


@pytest.mark.parametrize("lang,text", SPORT)
def test_a_coach_and_a_team_are_no_states_acting(lang, text):
    assert extracted_events(lang, "2024-03-06", text) == set()


POLITICS = [
    ('pt', "O presidente do Brasil, Lula, elogiou nesta terça-feira o apoio de Portugal à candidatura brasileira.", ('BRA', 'PRT')),
    ('ar', "أكد الرئيس المصري دعم مصر للمغرب خلال لقائه وزير الخارجية المغربي يوم الثلاثاء.", ('EGY', 'MAR')),
]


@pytest.mark.parametrize("lang,text,pair", POLITICS)
def test_support_between_governments_stays(lang, text, pair):
    assert ('SUPPORT', pair[0], pair[1], '2024-03-05', None) in extracted_events(lang, "2024-03-06", text)
