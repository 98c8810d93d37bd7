"""Entities in fr: (lang, text, expected codes and places) rows."""

from ..entity_rows import check_entities
from ..table import table

ROWS = [
    ("fr", "Le ministre kazakh a rencontré à Bruxelles des représentants de l'OTAN et de l'ONU.",
     {"KAZ", "Brussels/BEL", "NATO", "UN"}),
    ("fr", "Une réunion sur la Convention-cadre des Nations unies sur les changements climatiques a eu lieu à Paris.",
     {"UNFCCC", "Paris/FRA"}),
    ("fr", "Les relations d'Azerbaïdjan avec l'UE et les entreprises azerbaïdjanaises.", {"AZE", "EU"}),
    # "seul" is a French word, whatever Turkish calls Seoul.
    ("fr", "L'Élysée a annoncé qu'il était seul à décider, selon le Quai d'Orsay.", {"FRA"}),
]


test_entities = table(check_entities, ROWS)
