"""A state fund's deposit in another country's central bank, oil on deferred payment and an IMF
facility approved for a country are aid from the giver (the fund's state; the IMF) to the
receiver. Made-up sentences. Rows: (lang, published, text, expected (type, source, target, date,
venue))."""

from .table import table
from .event_rows import check_extracted

ROWS = [
    ("en", "2025-05-10", "The Kuwaiti fund deposited $500 million in the central bank of Jordan.",
     [("AID", "KWT", "JOR", "2025-05-10", None)]),
    ("ar", "2025-05-10", "أودعت الكويت 500 مليون دولار في البنك المركزي الأردني.",
     [("AID", "KWT", "JOR", "2025-05-10", None)]),
    ("ar", "2025-05-10", "وافق المجلس التنفيذي لصندوق النقد الدولي على تسهيل ممدد للأردن بقيمة 1.2 مليار دولار.",
     [("AID", "IMF", "JOR", "2025-05-10", None)]),
    ("tr", "2025-05-10", "IMF İcra Kurulu, Ürdün için 1,2 milyar dolarlık genişletilmiş fon kolaylığını onayladı.",
     [("AID", "IMF", "JOR", "2025-05-10", None)]),
    ("tr", "2025-05-10", "Kuveyt, Ürdün Merkez Bankasına 500 milyon dolar yatırdı.",
     [("AID", "KWT", "JOR", "2025-05-10", None)]),
]

test_event_fund_aid = table(check_extracted, ROWS)
