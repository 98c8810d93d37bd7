"""Entities in sr, both scripts: (lang, text, expected codes and places) rows."""

from ..entity_rows import check_entities
from ..table import table

ROWS = [
    ("sr", "Делегација Казахстана допутовала је у Брисел, где је разговарала о односима са Европском унијом.",
     {"KAZ", "Brussels/BEL", "EU"}),
    ("sr", "U Atini su srpski i grčki stručnjaci razgovarali o agendi OEBS-a i NATO.",
     {"Athens/GRC", "SRB", "GRC", "OSCE", "NATO"}),
    ("sr", "Исто мишљење деле и у Београду и у УН.", {"Belgrade/SRB", "UN"}),
    ("sr", "Ambasada SAD uputila je notu Ministarstvu spoljnih poslova Severne Makedonije.", {"USA", "MKD"}),
]


test_entities = table(check_entities, ROWS)
