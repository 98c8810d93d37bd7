"""Romanian boilerplate removal: (lang, input, expected) rows."""

from ..boilerplate_rows import check_line_after_body
from ..table import table

BODY = ("BUCUREȘTI, 12 martie. Miniștrii afacerilor externe ai României și Republicii Moldova au analizat "
        "la București dezvoltarea comerțului și a interconectărilor energetice. Cele două părți au convenit "
        "ca următoarea rundă de consultări să aibă loc la Chișinău.")

LINES = [
    ("ro", "Acest site folosește cookie-uri pentru a vă îmbunătăți experiența.", True),
    ("ro", "Citește și: Guvernul prezintă un nou plan de infrastructură", True),
    ("ro", "Urmărește-ne pe Telegram", True),
    ("ro", "Foto: Ministerul Afacerilor Externe", True),
    ("ro", "Comentarii", True),
    ("ro", "Miniștrii au convenit, de asemenea, să facă schimb de vizite la nivel înalt.", False),
]


test_line_after_body = table(check_line_after_body, LINES, body=BODY)
