"""Spanish dates: (lang, published, text, expected) rows. Day, month and year are joined by "de"."""

import pytest

from ..date_rows import check_dates

ROWS = [
    ("es", "2024-11-20", "Las conversaciones se celebraron el 14 de noviembre en Viena.",
     [("14 de noviembre", "2024-11-14", "absolute")]),
    ("es", "2024-11-20", "El acuerdo se firmó el 3 de marzo de 2022.", [("3 de marzo de 2022", "2022-03-03", "absolute")]),
    ("es", "2024-11-20", "Ayer el ministro se reunió con su homólogo y el viernes viajó a Lisboa.",
     [("Ayer", "2024-11-19", "relative"), ("viernes", "2024-11-15", "weekday")]),
    ("es", "2024-11-20", "En octubre de 2024 el comercio creció.", [("octubre de 2024", "2024-10", "absolute")]),
    ("es", "2024-11-20", "BOGOTÁ, 19 de noviembre (EFE) – Las delegaciones discutieron el tránsito.",
     [("19 de noviembre", "2024-11-19", "dateline")]),
    # Linking words are the language's data: "del" before a year, any case, a range of days.
    ("es", "2024-11-20", "La cumbre comenzó el 2 de septiembre del 2023 en Quito.",
     [("2 de septiembre del 2023", "2023-09-02", "absolute")]),
    ("es", "2024-11-20", "Las rondas del 4-5 De marzo terminaron sin acuerdo.", [("4-5 De marzo", "2024-03-04", "absolute")]),
    ("es", "2024-11-20", "Desde setiembre de 2021 no hubo contactos.", [("setiembre de 2021", "2021-09", "absolute")]),
    # "de" before an amount is no year: "de 2024 millones".
    ("es", "2024-11-20", "En marzo de 2024 millones de euros salieron del país.", []),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_dates(lang, published, text, expected):
    check_dates(lang, published, text, expected)
