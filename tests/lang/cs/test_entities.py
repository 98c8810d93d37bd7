"""Entities in cs: (lang, text, expected codes and places) rows. Country names in every case."""

from ..entity_rows import check_entities
from ..table import table

ROWS = [
    ("cs", "V Praze čeští a němečtí experti projednali agendu NATO a OSN.",
     {"Prague/CZE", "CZE", "DEU", "NATO", "UN"}),
    ("cs", "Obchod mezi Českem a Německem roste, stejně jako obchod s Ukrajinou a Ruskem.",
     {"CZE", "DEU", "UKR", "RUS"}),
]


test_entities = table(check_entities, ROWS)
