"""Entities in pt: (lang, text, expected codes and places) rows."""

from ..entity_rows import check_entities
from ..table import table

ROWS = [
    ("pt", "Uma delegação do Cazaquistão chegou a Bruxelas, onde abordou as relações com a União Europeia.",
     {"KAZ", "Brussels/BEL", "EU"}),
    ("pt", "Em Lisboa, peritos portugueses e brasileiros analisaram a agenda da NATO e da ONU.",
     {"Lisbon/PRT", "PRT", "BRA", "NATO", "UN"}),
    ("pt", "O tema foi discutido tanto em São Paulo como na OSCE.", {"São Paulo/BRA", "OSCE"}),
    ("pt", "A embaixada dos EUA enviou uma nota ao Ministério das Relações Exteriores da Venezuela.", {"USA", "VEN"}),
]


test_entities = table(check_entities, ROWS)
