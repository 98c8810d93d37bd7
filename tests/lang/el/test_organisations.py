"""International organisations and their heads as parties in el: (lang, published, text, events,
figures, people) rows; the check lives in `tests/lang/organisation_rows.py`."""

from ..organisation_rows import check_organisation_acts
from ..table import table

VDL = ("Ursula von der Leyen", "EC")

ROWS = [
    ("el", "2024-03-10",
     "Η πρόεδρος της Ευρωπαϊκής Επιτροπής Ούρσουλα φον ντερ Λάιεν επισκέφθηκε την Πέμπτη το Κισινάου και ανακοίνωσε πακέτο στήριξης 1,8 δισ. ευρώ για τη Μολδαβία.",
     {("CONSULT", "EC", "MDA"), ("AID", "EC", "MDA")}, [("aid", "EC", "MDA", 1.8e9)], {VDL}),
    ("el", "2024-03-10",
     "Η πρόεδρος της Ευρωπαϊκής Επιτροπής Ούρσουλα φον ντερ Λάιεν επισκέφθηκε την Αθήνα την Πέμπτη και συναντήθηκε με τον πρωθυπουργό Κυριάκο Μητσοτάκη. Ανακοίνωσε πακέτο βοήθειας 1 δισ. ευρώ για την Ελλάδα.",
     {("CONSULT", "EC", "GRC"), ("AID", "EC", "GRC")}, [("aid", "EC", "GRC", 1e9)], {VDL}),
    ("el", "2024-03-10", "Ο γενικός γραμματέας του ΝΑΤΟ Μαρκ Ρούτε επισκέφθηκε την Αθήνα την Πέμπτη.",
     {("CONSULT", "NATO", "GRC")}, [], {("Mark Rutte", "NATO")}),
]

test_organisation_acts = table(check_organisation_acts, ROWS)
