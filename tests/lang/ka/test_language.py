"""Language identification of Georgian texts: (lang, input) rows."""

from ..article_rows import check_language
from ..table import table

ROWS = [
    ("ka", "საქართველოს საგარეო საქმეთა მინისტრი თბილისში სომხეთის ელჩს შეხვდა."),
    ("ka", "მთავრობამ მოიწონა სომხეთთან შეთანხმების პროექტი."),
    ("ka", "მხარეებმა განიხილეს ვაჭრობის, ენერგეტიკისა და ტრანსპორტის საკითხები."),
]


test_language = table(check_language, ROWS)
