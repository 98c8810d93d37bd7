"""Officials in nl: (lang, text, expected people) rows."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("nl", "Premier Mark Rutte heeft in Kyiv de Oekraïense president Volodymyr Zelensky ontmoet.",
     [("Mark Rutte", "prime minister", "NLD"), ("Volodymyr Zelenskyy", "president", "UKR")]),
    ("nl", "Minister van Buitenlandse Zaken Hanke Bruins Slot sprak met haar Oekraïense ambtgenoot Dmytro Koeleba.",
     [("Hanke Bruins Slot", "foreign minister", "NLD"), ("Dmytro Kuleba", "counterpart", "UKR")]),
    # A mayor.
    ("nl", 'Burgemeester Jan Quillen sprak maandag met de demonstranten in Den Haag.',
     [('Jan Quillen', 'mayor', None)]),
]


test_officials = table(check_officials, ROWS)
