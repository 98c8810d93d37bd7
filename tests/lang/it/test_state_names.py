"""A state's long name ("the Republic of Korea", "the Kingdom of Morocco", "جمهورية الكونغو") names
that country: not a town GeoNames gives the form's word ("Reino"), not a person read after a title.
Sentences written for these tests.
Rows: (lang, text, expected codes and places)."""

from ..table import table
from ..entity_rows import check_entities

ROWS = [
    ('it', 'Il Regno del Marocco e la Repubblica di Corea hanno firmato un accordo.',
     {'KOR', 'MAR'}),
]

test_state_names = table(check_entities, ROWS)
