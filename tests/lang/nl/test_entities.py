"""Entities in nl: (lang, text, expected codes and places) rows."""

from ..entity_rows import check_entities
from ..table import table

ROWS = [
    ("nl", "Een delegatie uit Kazachstan kwam aan in Brussel, waar zij de betrekkingen met de Europese Unie besprak.",
     {"KAZ", "Brussels/BEL", "EU"}),
    ("nl", "In Amsterdam bespraken Nederlandse en Duitse experts de agenda van de NAVO en de VN.",
     {"Amsterdam/NLD", "NLD", "DEU", "NATO", "UN"}),
]


test_entities = table(check_entities, ROWS)
