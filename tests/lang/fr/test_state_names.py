"""A state's long name ("the Republic of Korea", "the Kingdom of Morocco", "جمهورية الكونغو") names
that country: not a town GeoNames gives the form's word ("Reino"), not a person read after a title.
Sentences written for these tests.
Rows: (lang, text, expected codes and places)."""

from ..table import table
from ..entity_rows import check_entities

ROWS = [
    ('fr', 'Le Royaume du Maroc et la République de Corée ont signé un accord.',
     {'KOR', 'MAR'}),
]

test_state_names = table(check_entities, ROWS)
