"""Officials in ro: (lang, text, expected people) rows."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("ro", "Președintele României, Klaus Iohannis, s-a întâlnit la Washington cu președintele SUA, Joe Biden.",
     [("Klaus Iohannis", "president", "ROU"), ("Joe Biden", "president", "USA")]),
    ("ro", "Ministrul afacerilor externe al României, Luminița Odobescu, a avut o convorbire telefonică cu "
           "omologul său ucrainean, Dmitro Kuleba.",
     [("Luminița Odobescu", "foreign minister", "ROU"), ("Dmytro Kuleba", "counterpart", "UKR")]),
]


test_officials = table(check_officials, ROWS)
