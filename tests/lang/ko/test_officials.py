"""Officials in ko: (lang, text, expected people) rows."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    # A title without a name makes no person.
    ("ko", "외교부 대변인은 정부가 강력히 항의했다고 밝혔다.", []),
]


test_officials = table(check_officials, ROWS)
