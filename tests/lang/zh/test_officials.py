"""Officials in zh: (lang, text, expected people) rows."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    # Role words without a name make no person.
    ("zh", "中国外交部发言人表示，中方欢迎俄罗斯外长访华。", []),
]


test_officials = table(check_officials, ROWS)
