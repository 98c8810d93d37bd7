"""Entities in el: (lang, text, expected codes and places) rows."""

from ..entity_rows import check_entities
from ..table import table

ROWS = [
    ("el", "Αντιπροσωπεία του Καζακστάν έφτασε στις Βρυξέλλες, όπου συζήτησε τις σχέσεις με την Ευρωπαϊκή Ένωση.",
     {"KAZ", "Brussels/BEL", "EU"}),
    ("el", "Στην Άγκυρα Έλληνες και Τούρκοι εμπειρογνώμονες συζήτησαν την ατζέντα του ΝΑΤΟ και του ΟΑΣΕ.",
     {"Ankara/TUR", "GRC", "TUR", "NATO", "OSCE"}),
    ("el", "Την ίδια άποψη έχουν και στη Λευκωσία και στον ΟΗΕ.", {"Nicosia/CYP", "UN"}),
    ("el", "Η πρεσβεία των ΗΠΑ έστειλε ρηματική διακοίνωση στη Βόρεια Μακεδονία.", {"USA", "MKD"}),
    ("el", "ΑΘΗΝΑ, 12 Μαρτίου. Η Ελλάδα και η Βουλγαρία συζήτησαν τον αγωγό.", {"Athens/GRC", "GRC", "BGR"}),
]


test_entities = table(check_entities, ROWS)
