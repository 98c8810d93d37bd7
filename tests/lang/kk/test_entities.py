"""Entities in kk: (lang, text, expected codes and places) rows."""

from ..entity_rows import check_entities
from ..table import table

ROWS = [
    ("kk", "Қазақстанның делегациясы Брюссельде Еуропалық Одақ өкілдерімен кездесті.", {"KAZ", "Brussels/BEL", "EU"}),
    ("kk", "Астанада БҰҰ және ЕҚЫҰ өкілдері бас қосты.", {"Astana/KAZ", "UN", "OSCE"}),
    ("kk", "Ақорда хабарлағандай, келіссөздер Ақ үй өкілдерімен жалғасады.", {"KAZ", "USA"}),
]


test_entities = table(check_entities, ROWS)
