"""Arabic events: (lang, published, text, entities, expected) rows."""

from ..table import table
from ..event_rows import check_events

EGY = ("country", "EGY", ["مصر", "المصري", "ومصر"])
TUR = ("country", "TUR", ["تركيا", "التركي"])
QAT = ("country", "QAT", ["قطر", "القطري", "وقطر"])
IRN = ("country", "IRN", ["إيران", "الإيراني"])
OMN = ("country", "OMN", ["عمان", "العماني"])

ROWS = [
    ("ar", "2025-02-05",
     "التقى وزير الخارجية المصري نظيره التركي في أنقرة يوم الثلاثاء.",
     [EGY, TUR], [("CONSULT", "EGY", "TUR", "2025-02-04")]),
    ("ar", "2025-02-05",
     "وقعت مصر وقطر أمس مذكرة تفاهم في مجال الطاقة.",
     [EGY, QAT], [("SUPPORT", "EGY", "QAT", "2025-02-04")]),
    ("ar", "2025-02-05",
     "أدانت مصر الهجوم على السفارة في إيران.",
     [EGY, IRN], [("ACCUSE", "EGY", "IRN", "2025-02-05")]),
    ("ar", "2025-02-05",
     "سيزور وزير الخارجية الإيراني عمان الأسبوع المقبل.",
     [IRN, OMN], []),
]


test_events = table(check_events, ROWS)
