"""Portuguese dates: (lang, published, text, expected) rows. Day, month and year are joined by "de"."""

import pytest

from ..date_rows import check_dates

ROWS = [
    ("pt", "2024-11-20", "As conversações realizaram-se a 14 de novembro em Viena.",
     [("14 de novembro", "2024-11-14", "absolute")]),
    ("pt", "2024-11-20", "O acordo foi assinado em 3 de março de 2022.", [("3 de março de 2022", "2022-03-03", "absolute")]),
    ("pt", "2024-11-20", "Ontem o ministro reuniu-se com o seu homólogo e na sexta-feira viajou para Madrid.",
     [("Ontem", "2024-11-19", "relative"), ("sexta-feira", "2024-11-15", "weekday")]),
    ("pt", "2024-11-20", "Em outubro de 2024 o comércio cresceu.", [("outubro de 2024", "2024-10", "absolute")]),
    ("pt", "2024-11-20", "BRASÍLIA, 19 de novembro (Agência Brasil) – As delegações discutiram o trânsito.",
     [("19 de novembro", "2024-11-19", "dateline")]),
    # "segunda" and "quinta" are ordinals as often as weekdays: only "segunda-feira" is a day.
    ("pt", "2024-11-20", "A segunda ronda de consultas terminou sem acordo.", []),
    ("pt", "2024-11-20", "Na segunda-feira as delegações chegaram a Luanda.",
     [("segunda-feira", "2024-11-18", "weekday")]),
    # "de" before an amount is no year: "de 2024 milhões".
    ("pt", "2024-11-20", "Em março de 2024 milhões de euros saíram do país.", []),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_dates(lang, published, text, expected):
    check_dates(lang, published, text, expected)
