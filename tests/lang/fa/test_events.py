"""Persian events: (lang, published, text, entities, expected) rows."""

from ..table import table
from ..event_rows import check_events

IRN = ("country", "IRN", ["ایران", "ایرانی"])
OMN = ("country", "OMN", ["عمان", "عمانی"])
RUS = ("country", "RUS", ["روسیه", "روس"])
GBR = ("country", "GBR", ["انگلیس", "بریتانیا"])

ROWS = [
    ("fa", "2025-04-13", "وزیر امور خارجه ایران روز شنبه در مسقط با وزیر امور خارجه عمان دیدار کرد.",
     [IRN, OMN], [("CONSULT", "IRN", "OMN", "2025-04-12")]),
    ("fa", "2025-04-13", "ایران و روسیه دیروز یک تفاهم‌نامه همکاری امضا کردند.",
     [IRN, RUS], [("SUPPORT", "IRN", "RUS", "2025-04-12")]),
    ("fa", "2025-04-13", "ایران سفیر انگلیس را احضار کرد.",
     [IRN, GBR], [("ACCUSE", "IRN", "GBR", "2025-04-13")]),
]


test_events = table(check_events, ROWS)
