"""Turkish event kinds: a threat made as a negative condition ("yerine getirmemesi halinde"), police
intervening against people who protest (both the crackdown and the protest), concern as criticism,
customs duties (a sanction), a crackdown told as background of past years, a parliament approving another
state's accession protocol (support for the applicant), aid named in what a sanction waits for (no aid). Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ("tr", "2024-03-05",
     "Erdoğan, Yunanistan'ın taahhütlerini yerine getirmemesi halinde anlaşmayı Meclis'e göndermeyeceklerini söyledi.",
     [('THREATEN', 'TUR', 'GRC', '2024-03-05', None)]),
    ("tr", "2024-03-05",
     "İSTANBUL (AA) - Hükümeti protesto eden gruplara polis pazartesi günü İstanbul'da müdahale etti.",
     [('COERCE', 'TUR', 'TUR', '2024-03-04', 'Istanbul'), ('PROTEST', 'TUR', 'TUR', '2024-03-04', 'Istanbul')]),
    ("tr", "2024-03-05",
     "Türkiye, Yunanistan'daki yeni yasa konusundaki endişelerini pazartesi günü dile getirdi.",
     [('ACCUSE', 'TUR', 'GRC', '2024-03-04', None)]),
    ("tr", "2024-03-05",
     "Türkiye pazartesi günü Çin'den gelen çeliğe yüzde 25 ek gümrük vergisi uyguladı.",
     [('SANCTION', 'TUR', 'CHN', '2024-03-04', None)]),
    ("tr", "2024-03-05",
     "Geçmiş yıllarda İstanbul'da polis, Taksim'de toplanan göstericileri biber gazıyla dağıtmıştı.",
     []),
    ("tr", "2024-03-05",
     "TBMM Genel Kurulu, İsveç'in NATO'ya katılım protokolünü pazartesi günü kabul etti.",
     [('SUPPORT', 'TUR', 'SWE', '2024-03-04', None)]),
    ("tr", "2024-05-02",
     "Türkiye, İsrail Gazze'ye kesintisiz insani yardım akışına izin verene kadar İsrail ile ticareti durdurdu.",
     [('SANCTION', 'TUR', 'ISR', '2024-05-02', None)]),
]

test_kinds_9b = table(check_extracted, ROWS)
