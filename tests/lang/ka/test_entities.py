"""Entities in ka (no capitals; case endings glued on): (lang, text, expected codes and places) rows."""

from ..entity_rows import check_entities
from ..table import table

ROWS = [
    ("ka", "ყაზახეთის დელეგაცია ბრიუსელში ჩავიდა, სადაც ევროკავშირთან ურთიერთობები განიხილა.",
     {"KAZ", "Brussels/BEL", "EU"}),
    ("ka", "რუსეთი და საქართველო ნატოს და ეუთოს დღის წესრიგს განიხილავენ.", {"RUS", "GEO", "NATO", "OSCE"}),
    ("ka", "შეხვედრა ერევანში გაიმართა.", {"Yerevan/ARM"}),
]


test_entities = table(check_entities, ROWS)
