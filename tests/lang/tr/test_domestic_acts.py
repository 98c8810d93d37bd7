"""Turkish acts at home: police dispersing students, a court's sentence of a politician, with
Turkey on both sides. Rows: (lang, published, text, expected
(type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    # Istanbul, January 2021: police dispersed students protesting a rector's appointment.
    ("tr", "2021-01-05",
     "İstanbul'da rektör atamasını protesto eden öğrencilere polis biber gazıyla müdahale etti. Polis, "
     "kampüs önünde toplanan öğrencileri dağıttı.",
     [("COERCE", "TUR", "TUR", "2021-01-05", "Istanbul"), ("PROTEST", "TUR", "TUR", "2021-01-05", "Istanbul")]),
    # Ankara, 16 May 2024: the Kobani trial's sentences. A sentence is a finding of guilt and a penalty.
    ("tr", "2024-05-17",
     "Eski HDP Eş Genel Başkanı Selahattin Demirtaş, dün Ankara'da 42 yıl hapis cezasına çarptırıldı.",
     [("COERCE", "TUR", "TUR", "2024-05-16", "Ankara"), ("ACCUSE", "TUR", "TUR", "2024-05-16", "Ankara")]),
]

test_domestic_acts = table(check_extracted, ROWS)


# Acts between states: halting trade is a sanction; cancelling a visit is a rejection (no visit).
FOREIGN_ROWS = [
    # Ankara, 2 May 2024: Turkey halted all trade with Israel.
    ("tr", "2024-05-03", "Türkiye, İsrail ile tüm ticari işlemleri durdurdu.",
     [("SANCTION", "TUR", "ISR", "2024-05-03", None)]),
    # Ankara, 21 January 2023: Akar cancelled the Swedish defence minister's visit.
    ("tr", "2023-01-23",
     "Türkiye, İsveç'in Ankara Büyükelçisini Dışişleri Bakanlığına çağırdı. Savunma Bakanı Hulusi Akar, "
     "İsveç Savunma Bakanı'nın Ankara ziyaretini iptal etti.",
     [("ACCUSE", "TUR", "SWE", "2023-01-23", None), ("REJECT", "TUR", "SWE", "2023-01-23", None)]),
]

test_foreign_acts = table(check_extracted, FOREIGN_ROWS)
