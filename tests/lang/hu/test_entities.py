"""Entities in hu: (lang, text, expected codes and places) rows. Country and city names take
case endings ("Moszkvában", "Kijevbe", "Pekingből", "Oroszországgal", "Ukrajnának")."""

from ..entity_rows import check_entities
from ..table import table

ROWS = [
    ("hu", "A magyar miniszterelnök Moszkvában tárgyalt, majd Pekingből hazatérve a NATO és az ENSZ szerepéről beszélt.",
     {"HUN", "Moscow/RUS", "Beijing/CHN", "NATO", "UN"}),
    ("hu", "Magyarország kereskedelme Oroszországgal csökkent, az Ukrajnának nyújtott támogatás pedig nőtt.",
     {"HUN", "RUS", "UKR"}),
    ("hu", "A küldöttség Kijevbe utazott, az Európai Unió vezetői Brüsszelben ültek össze.",
     {"Kyiv/UKR", "EU", "Brussels/BEL"}),
]


test_entities = table(check_entities, ROWS)
