"""Greek events: (lang, published, text, entities, expected) rows."""

from ..table import table
from ..event_rows import check_events, run_events

GRC = ("country", "GRC", ["Ελλάδα", "Ελλάδας"])
TUR = ("country", "TUR", ["Τουρκίας", "Τουρκία"])
RUS = ("country", "RUS", ["Ρωσίας"])
CYP = ("country", "CYP", ["Κύπρου", "Κύπρος"])
BGR = ("country", "BGR", ["Βουλγαρίας"])

ROWS = [
    ("el", "2023-12-08", "Ο πρόεδρος της Τουρκίας επισκέφθηκε χθες την Ελλάδα και είχε συνομιλίες με τον πρωθυπουργό.",
     [TUR, GRC], [("CONSULT", "TUR", "GRC", "2023-12-07")]),
    ("el", "2022-04-07", "Η Ελλάδα απέλασε χθες 12 διπλωμάτες της Ρωσίας.",
     [GRC, RUS], [("SANCTION", "GRC", "RUS", "2022-04-06")]),
    ("el", "2024-11-20", "Ο πρέσβης της Τουρκίας κλήθηκε χθες στο υπουργείο Εξωτερικών της Ελλάδας.",
     [TUR, GRC], [("ACCUSE", "GRC", "TUR", "2024-11-19")]),
    ("el", "2024-11-20", "Ο πρωθυπουργός της Ελλάδας και ο πρόεδρος της Κύπρου είχαν τηλεφωνική επικοινωνία την Τρίτη.",
     [GRC, CYP], [("CONSULT", "GRC", "CYP", "2024-11-19")]),
    # A negation, a plan and a background sentence are no events.
    ("el", "2024-11-20", "Ο υπουργός της Ελλάδας δεν συναντήθηκε με τον ομόλογό του της Βουλγαρίας.", [GRC, BGR], []),
    ("el", "2024-11-20", "Ο υπουργός της Τουρκίας θα επισκεφθεί την Ελλάδα τον Δεκέμβριο.", [TUR, GRC], []),
    ("el", "2024-11-20", "Νωρίτερα η Ελλάδα και η Βουλγαρία υπέγραψαν συμφωνία για τον πολιτισμό.", [GRC, BGR], []),
]


test_events = table(check_events, ROWS)


def test_phone_call_mode():
    lang, published, text, entities, _ = ROWS[3]
    (event,) = run_events(lang, published, text, entities).events
    assert event.mode == "phone"
