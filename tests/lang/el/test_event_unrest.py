"""Greek domestic unrest: a general strike and rallies are the people's protest against their state,
riot police's chemicals and a patrol car running over a demonstrator its coercion, an apology by the
police chief or a minister its concession; one country on both sides."""

from ..date_rows import check_dates
from ..table import table
from ..event_rows import check_events, extracted_events

GRC = ("country", "GRC", ["Ελλάδα", "Ελλάδας"])
ATH = ("place", "Athens:GRC:264371", ["Αθήνα"])
SKG = ("place", "Thessaloniki:GRC:734077", ["Θεσσαλονίκη"])

ROWS = [
    ("el", "2025-03-01", "Γενική απεργία και μαζικά συλλαλητήρια πραγματοποιήθηκαν χθες σε όλη την Ελλάδα.",
     [GRC], [("PROTEST", "GRC", "GRC", "2025-02-28")]),
    ("el", "2025-03-01", "Χιλιάδες πολίτες διαδήλωσαν την Παρασκευή στην Αθήνα.",
     [ATH], [("PROTEST", "GRC", "GRC", "2025-02-28")]),
    ("el", "2025-03-01", "Τα ΜΑΤ έριξαν χημικά στους διαδηλωτές στην Αθήνα.",
     [ATH], [("COERCE", "GRC", "GRC", "2025-03-01")]),
    ("el", "2025-03-01", "Περιπολικό της αστυνομίας παρέσυρε διαδηλωτή στη Θεσσαλονίκη.",
     [SKG], [("COERCE", "GRC", "GRC", "2025-03-01")]),
    # "asked for an apology" of the chief is one act, the apology, not also a demand.
    ("el", "2025-03-01", "Ο αρχηγός της ΕΛ.ΑΣ. ζήτησε δημόσια συγγνώμη από την οικογένεια του διαδηλωτή στην Αθήνα.",
     [ATH], [("CONCEDE", "GRC", "GRC", "2025-03-01")]),
]

test_unrest = table(check_events, ROWS)


def test_official_named_by_title_apologises_alone():
    # A minister or president named by title after the country's name, with no one else named.
    found = {e[:4] for e in extracted_events("el", "2025-03-01", "Ο υπουργός Μεταφορών της Ελλάδας ζήτησε συγγνώμη για το δυστύχημα.")}
    assert found == {("CONCEDE", "GRC", "GRC", "2025-03-01")}


def test_today_with_its_weekday_is_that_weekday():
    # Published on Saturday by the feed's clock, written on Friday: "σήμερα Παρασκευή" is Friday.
    check_dates("el", "2025-03-01", "Η απεργία πραγματοποιήθηκε σήμερα Παρασκευή.",
                [("σήμερα Παρασκευή", "2025-02-28", "relative")])


def test_day_and_month_with_a_slash():
    check_dates("el", "2025-03-04", "Τα συλλαλητήρια έγιναν στις 28/2 στην Αθήνα.", [("28/2", "2025-02-28", "absolute")])


def test_strike_called_for_a_coming_weekday_is_no_past_strike():
    # Published on Tuesday: "called a strike for Thursday" is this week's Thursday, not last week's.
    check_dates("el", "2025-03-04", "Η ΑΔΕΔΥ κήρυξε απεργία για την Πέμπτη.", [("Πέμπτη", "2025-03-06", "weekday")])
