"""Entities in az: (lang, text, expected codes and places) rows."""

from ..entity_rows import check_entities
from ..table import table

ROWS = [
    ("az", "Qazaxıstanın nümayəndələri Brüsseldə Avropa İttifaqı ilə görüşüblər.", {"KAZ", "Brussels/BEL", "EU"}),
    ("az", "Bakıda keçirilən toplantıda BMT və ATƏT təmsilçiləri iştirak edib.", {"Baku/AZE", "UN", "OSCE"}),
    ("az", "Ana məqsəd Türkiyə ilə əlaqələri genişləndirməkdir.", {"TUR"}),
    ("az", "Tədbir Qoşulmama Hərəkatının sammiti çərçivəsində Belçikanın dəstəyi ilə keçirilib.", {"NAM", "BEL"}),
]


test_entities = table(check_entities, ROWS)
