"""Officials in id: (lang, text, expected people) rows."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("id", "Menteri Luar Negeri Rusia Sergey Lavrov tiba di Jakarta.",
     [("Sergey Lavrov", "foreign minister", "RUS")]),
    ("id", "Presiden Indonesia Prabowo Subianto bertemu dengan Presiden China Xi Jinping di Beijing.",
     [("Prabowo Subianto", "president", "IDN"), ("Xi Jinping", "president", "CHN")]),
    ("id", "Menlu Retno Marsudi menerima kunjungan Duta Besar Jepang Masaki Yasushi.",
     [("Retno Marsudi", "foreign minister", "IDN"), ("Masaki Yasushi", "ambassador", "JPN")]),
]


test_officials = table(check_officials, ROWS)
