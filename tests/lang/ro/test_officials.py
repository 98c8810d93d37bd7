"""Officials in ro: (lang, text, expected people) rows."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("ro", "Președintele României, Klaus Iohannis, s-a întâlnit la Washington cu președintele SUA, Joe Biden.",
     [("Klaus Iohannis", "president", "ROU"), ("Joe Biden", "president", "USA")]),
    ("ro", "Ministrul afacerilor externe al României, Luminița Odobescu, a avut o convorbire telefonică cu "
           "omologul său ucrainean, Dmitro Kuleba.",
     [("Luminița Odobescu", "foreign minister", "ROU"), ("Dmytro Kuleba", "counterpart", "UKR")]),
    # A union's leader across the union's name (no person of it).
    ("ro", 'Președintele sindicatului Cartel Alfa, Ada Quillescu, a anunțat o grevă generală la București.',
     [('Ada Quillescu', 'union leader', None)]),
]


test_officials = table(check_officials, ROWS)
