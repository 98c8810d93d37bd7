"""Entities in de: (lang, text, expected codes and places) rows."""

import pytest

from ..entity_rows import check_entities

ROWS = [
    ("de", "Die belgischen Diplomaten trafen in Wien Vertreter Kasachstans und der OSZE.",
     {"BEL", "Vienna/AUT", "KAZ", "OSCE"}),
    ("de", "Die Delegation Belgiens reiste nach Brüssel zur Europäischen Union.", {"BEL", "Brussels/BEL", "EU"}),
    ("de", "Weise Worte fielen in keiner Weise in Berlin.", {"Berlin/DEU"}),
    ("de", "Das Auswärtige Amt widersprach dem Kreml.", {"DEU", "RUS"}),
]


@pytest.mark.parametrize("lang,text,expected", ROWS)
def test_entities(lang, text, expected):
    check_entities(lang, text, expected)
