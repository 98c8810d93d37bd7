"""Russian event kinds: a threat made as a negative condition, concern as criticism, an envoy announced
as an intent. Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ("ru", "2024-03-05",
     'Если Венгрия не выполнит свои обязательства, Россия не ратифицирует соглашение, заявил в понедельник российский министр.',
     [('THREATEN', 'RUS', 'HUN', '2024-03-04', None)]),
    ("ru", "2024-03-05",
     'Россия выразила в понедельник обеспокоенность новым законом в Молдавии.',
     [('ACCUSE', 'RUS', 'MDA', '2024-03-04', None)]),
    ("ru", "2024-03-05",
     'Китай направит специального представителя на Украину.',
     [('AGREE', 'CHN', 'UKR', '2024-03-05', None)]),
]

test_kinds_9b = table(check_extracted, ROWS)
