"""Officials in el, names in their cases and in Latin letters: (lang, text, expected people) rows."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("el", "Ο υπουργός Εξωτερικών της Ελλάδας Γιώργος Γεραπετρίτης συναντήθηκε στην Άγκυρα με τον ομόλογό του.",
     [("Giorgos Gerapetritis", "foreign minister", "GRC")]),
    ("el", "Ο πρωθυπουργός συναντήθηκε με τον πρόεδρο της Κύπρου Νίκο Χριστοδουλίδη.",
     [("Nikos Christodoulidis", "president", "CYP")]),
    ("el", "Η συνάντηση του πρέσβη της Γαλλίας Λοράν Μπιλί με τον υπουργό έγινε χθες. Ο Μπιλί τόνισε τη σημασία της.",
     [("Loran Bili", "ambassador", "FRA")]),
    ("el", "Ο πρόεδρος της Τουρκίας Ρετζέπ Ταγίπ Ερντογάν έφτασε στην Αθήνα.",
     [("Retzep Tagip Erntogan", "president", "TUR")]),
]


test_officials = table(check_officials, ROWS)
