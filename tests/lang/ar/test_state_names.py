"""A state's long name ("the Republic of Korea", "the Kingdom of Morocco", "جمهورية الكونغو") names
that country: not a town GeoNames gives the form's word ("Reino"), not a person read after a title.
Sentences written for these tests.
Rows: (lang, text, expected codes and places)."""

from ..table import table
from ..entity_rows import check_entities, check_officials

ROWS = [
    ('ar', 'زار الرئيس جمهورية كوريا الديمقراطية الشعبية وجمهورية جنوب أفريقيا.',
     {'PRK', 'ZAF'}),
    ('ar', 'زار الرئيس جمهورية غينيا الاستوائية وجمهورية الكونغو.',
     {'COG', 'GNQ'}),
    ('ar', 'التقى وزير الخارجية سفير جمهورية كوريا لدى الأردن.',
     {'JOR', 'KOR'}),
    ('ar', 'وقعت الجمهورية العربية السورية والمملكة الأردنية الهاشمية اتفاقية.',
     {'JOR', 'SYR'}),
]

test_state_names = table(check_entities, ROWS)

# No person is read in a state's long name after a title ("زار الرئيس جمهورية ...").
test_state_names_no_person = table(check_officials, [(lang, text, []) for lang, text, _ in ROWS])
