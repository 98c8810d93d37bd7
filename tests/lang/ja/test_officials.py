"""Officials in ja: (lang, text, expected people) rows."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    # A title without a name makes no person.
    ("ja", "外務省の報道官は、日本政府として強く抗議したと述べた。", []),
]


test_officials = table(check_officials, ROWS)
