"""Entities in es: (lang, text, expected codes and places) rows."""

from ..entity_rows import check_entities
from ..table import table

ROWS = [
    ("es", "Una delegación de Kazajistán llegó a Bruselas, donde abordó las relaciones con la Unión Europea.",
     {"KAZ", "Brussels/BEL", "EU"}),
    ("es", "En Madrid, expertos españoles y marroquíes analizaron la agenda de la OTAN y de la ONU.",
     {"Madrid/ESP", "ESP", "MAR", "NATO", "UN"}),
    ("es", "Así lo ven tanto en Buenos Aires como en la OSCE.", {"Buenos Aires/ARG", "OSCE"}),
    ("es", "La embajada de EE.UU. envió una nota al Ministerio de Relaciones Exteriores de Venezuela.", {"USA", "VEN"}),
]


test_entities = table(check_entities, ROWS)
