"""Entities in de: (lang, text, expected codes and places) rows."""

from ..entity_rows import check_entities
from ..table import table

ROWS = [
    ("de", "Die belgischen Diplomaten trafen in Wien Vertreter Kasachstans und der OSZE.",
     {"BEL", "Vienna/AUT", "KAZ", "OSCE"}),
    ("de", "Die Delegation Belgiens reiste nach Brüssel zur Europäischen Union.", {"BEL", "Brussels/BEL", "EU"}),
    ("de", "Weise Worte fielen in keiner Weise in Berlin.", {"Berlin/DEU"}),
    ("de", "Das Auswärtige Amt widersprach dem Kreml.", {"DEU", "RUS"}),
]


test_entities = table(check_entities, ROWS)
