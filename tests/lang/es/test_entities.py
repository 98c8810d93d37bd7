"""Entities in es: (lang, text, expected codes and places) rows."""

import pytest

from ..entity_rows import check_entities

ROWS = [
    ("es", "Una delegación de Kazajistán llegó a Bruselas, donde abordó las relaciones con la Unión Europea.",
     {"KAZ", "Brussels/BEL", "EU"}),
    ("es", "En Madrid, expertos españoles y marroquíes analizaron la agenda de la OTAN y de la ONU.",
     {"Madrid/ESP", "ESP", "MAR", "NATO", "UN"}),
    ("es", "Así lo ven tanto en Buenos Aires como en la OSCE.", {"Buenos Aires/ARG", "OSCE"}),
    ("es", "La embajada de EE.UU. envió una nota al Ministerio de Relaciones Exteriores de Venezuela.", {"USA", "VEN"}),
]


@pytest.mark.parametrize("lang,text,expected", ROWS)
def test_entities(lang, text, expected):
    check_entities(lang, text, expected)
