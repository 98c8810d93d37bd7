"""A whole Greek news article (written for this test from Erdoğan's visit to Athens on
7 December 2023) through `legation.extract`."""

from pathlib import Path

from ..article_rows import check_article
from ..table import table

EXPECTED = {
    "body_starts": "Μητσοτάκης και Ερντογάν υπέγραψαν τη Διακήρυξη των Αθηνών",
    "dropped": ["Κοινοποίηση:", "Διαβάστε επίσης: Συνάντηση του πρωθυπουργού με τον πρέσβη της Γαλλίας",
                "Με επιφύλαξη παντός δικαιώματος."],
    "countries": {"TUR", "GRC"},
    "person": ("Kyriakos Mitsotakis", "prime minister", "GRC"),
    "event": ("CONSULT", {"TUR", "GRC"}, "2023-12-07", "Athens"),
}

test_article = table(check_article, [("el", Path(__file__).parent / "article.txt", "2023-12-08", EXPECTED)])
