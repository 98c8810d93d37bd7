"""Greek number reading: (lang, input, expected) rows."""

from ..number_rows import check_number
from ..table import table

ROWS = [
    ("el", "Ο όγκος ανήλθε σε 4,1 δισ. ευρώ.", ("4,1 δισ. ευρώ", 4_100_000_000, "EUR", "money")),
    ("el", "Οι επενδύσεις έφτασαν τα 1.250,5 εκατ. ευρώ.", ("1.250,5 εκατ. ευρώ", 1_250_500_000, "EUR", "money")),
    ("el", "Ο στόχος είναι 10 δισεκατομμύρια δολάρια.", ("10 δισεκατομμύρια δολάρια", 10_000_000_000, "USD", "money")),
    ("el", "Αύξηση 13,5% καταγράφηκε.", ("13,5%", 13.5, "percent", "percent")),
    ("el", "Ο δείκτης αυξήθηκε κατά 8 τοις εκατό.", ("8 τοις εκατό", 8, "percent", "percent")),
    ("el", "Οι εξαγωγές αυξήθηκαν 1,5 φορές.", ("1,5 φορές", 1.5, None, "multiple")),
]


test_numbers = table(check_number, ROWS)
