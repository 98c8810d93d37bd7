"""Language identification of Greek texts: (lang, input) rows."""

from ..article_rows import check_language
from ..table import table

ROWS = [
    ("el", "Ο υπουργός Εξωτερικών συναντήθηκε στην Αθήνα με τον Βούλγαρο ομόλογό του."),
    ("el", "Η κυβέρνηση ενέκρινε τη συμφωνία για την ηλεκτρική διασύνδεση με την Κύπρο."),
    ("el", "Οι δύο πλευρές συζήτησαν το εμπόριο, την ενέργεια και τις μεταφορές."),
]


test_language = table(check_language, ROWS)
