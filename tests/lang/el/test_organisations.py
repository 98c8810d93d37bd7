"""International organisations and their heads as parties in el: (lang, published, text, events,
figures, people) rows; the check lives in `tests/lang/organisation_rows.py`."""

from ..organisation_rows import check_organisation_acts
from ..table import table

VDL = ("Ursula von der Leyen", "EC")

ROWS = [
    ("el", "2024-03-10",
     "Η πρόεδρος της Ευρωπαϊκής Επιτροπής Ούρσουλα φον ντερ Λάιεν επισκέφθηκε την Πέμπτη το Κισινάου και ανακοίνωσε πακέτο στήριξης 2,6 δισ. ευρώ για τη Μολδαβία.",
     {("CONSULT", "EC", "MDA"), ("AID", "EC", "MDA")}, [("aid", "EC", "MDA", 2.6e9)], {VDL}),
    ("el", "2024-03-10",
     "Η πρόεδρος της Ευρωπαϊκής Επιτροπής Ούρσουλα φον ντερ Λάιεν επισκέφθηκε την Αθήνα την Πέμπτη και συναντήθηκε με τον πρωθυπουργό Κυριάκο Μητσοτάκη. Ανακοίνωσε πακέτο βοήθειας 1 δισ. ευρώ για την Ελλάδα.",
     {("CONSULT", "EC", "GRC"), ("AID", "EC", "GRC")}, [("aid", "EC", "GRC", 1e9)], {VDL}),
    ("el", "2024-03-10", "Ο γενικός γραμματέας του ΝΑΤΟ Μαρκ Ρούτε επισκέφθηκε την Αθήνα την Πέμπτη.",
     {("CONSULT", "NATO", "GRC")}, [], {("Mark Rutte", "NATO")}),
    # A recovery plan's grants and loans for a country, a donors' conference the Commission hosts: its aid.
    ("el", "2024-03-10", "Η πρόεδρος της Ευρωπαϊκής Επιτροπής Ούρσουλα φον ντερ Λάιεν ανακοίνωσε στη Λισαβόνα την Τετάρτη ότι η "
     "Επιτροπή ενέκρινε το σχέδιο ανάκαμψης της Πορτογαλίας, που προβλέπει 12,4 δισ. ευρώ σε επιχορηγήσεις και 3,1 δισ. "
     "ευρώ σε δάνεια για την Πορτογαλία.",
     {("AID", "EC", "PRT")}, [("aid", "EC", "PRT", 1.24e10), ("aid", "EC", "PRT", 3.1e9)], {VDL}),
    ("el", "2024-03-10", "Η Ευρωπαϊκή Επιτροπή διοργάνωσε την Πέμπτη στις Βρυξέλλες διάσκεψη δωρητών για τον λαό της "
     "Συρίας, όπου συγκεντρώθηκαν δεσμεύσεις ύψους 7,5 δισ. ευρώ.",
     {("AID", "EC", "SYR")}, [("aid", "EC", "SYR", 7.5e9)], set()),
]

test_organisation_acts = table(check_organisation_acts, ROWS)
