"""Greek dates: (lang, published, text, expected) rows."""

import pytest

from ..date_rows import check_dates

ROWS = [
    ("el", "2024-11-20", "Οι συνομιλίες έγιναν στις 14 Νοεμβρίου στη Βιέννη.", [("14 Νοεμβρίου", "2024-11-14", "absolute")]),
    ("el", "2024-11-20", "Η συμφωνία υπεγράφη στις 3 Μαρτίου 2022.", [("3 Μαρτίου 2022", "2022-03-03", "absolute")]),
    ("el", "2024-11-20", "Χθες ο υπουργός είχε συνάντηση και την Παρασκευή αναχώρησε για τη Βαρσοβία.",
     [("Χθες", "2024-11-19", "relative"), ("Παρασκευή", "2024-11-15", "weekday")]),
    ("el", "2024-11-20", "Τον Οκτώβριο του 2024 το εμπόριο αυξήθηκε.", [("Οκτώβριο του 2024", "2024-10", "absolute")]),
    ("el", "2024-11-20", "ΘΕΣΣΑΛΟΝΙΚΗ, 19 Νοεμβρίου. Οι αντιπροσωπείες συζήτησαν τη διαμετακόμιση.",
     [("19 Νοεμβρίου", "2024-11-19", "dateline")]),
    # "Κυριάκος" is a first name, not Sunday ("Κυριακή") with a case ending.
    ("el", "2023-12-08", "Ο Κυριάκος Μητσοτάκης μίλησε την Πέμπτη.", [("Πέμπτη", "2023-12-07", "weekday")]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_dates(lang, published, text, expected):
    check_dates(lang, published, text, expected)
