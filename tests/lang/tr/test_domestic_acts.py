"""Turkish acts at home: police dispersing students, a court's sentence of a politician, with
Turkey on both sides (a bare "polis" is Turkey's). Rows: (lang, published, text, expected
(type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    # Istanbul, January 2021: police dispersed students protesting a rector's appointment.
    ("tr", "2021-01-05",
     "Boğaziçi Üniversitesi'ne rektör olarak Melih Bulu'nun atanmasını protesto eden öğrencilere polis biber "
     "gazıyla müdahale etti. Polis, kampüs önünde toplanan öğrencileri dağıttı.",
     [("COERCE", "TUR", "TUR", "2021-01-05", None), ("PROTEST", "TUR", "TUR", "2021-01-05", None)]),
    # Ankara, 16 May 2024: the Kobani trial's sentences. A sentence is a finding of guilt and a penalty.
    ("tr", "2024-05-17",
     "Eski HDP Eş Genel Başkanı Selahattin Demirtaş, dün 42 yıl hapis cezasına çarptırıldı.",
     [("COERCE", "TUR", "TUR", "2024-05-16", None), ("ACCUSE", "TUR", "TUR", "2024-05-16", None)]),
]

test_domestic_acts = table(check_extracted, ROWS)
