"""International organisations and their heads as parties in ar: (lang, published, text, events,
figures, people) rows; the check lives in `tests/lang/organisation_rows.py`."""

from ..organisation_rows import check_organisation_acts
from ..table import table

VDL = ("Ursula von der Leyen", "EC")

ROWS = [
    ("ar", "2024-03-10",
     "أعلنت رئيسة المفوضية الأوروبية أورسولا فون دير لاين يوم الخميس في كيشيناو عن حزمة مساعدات بقيمة 2.6 مليار يورو لمولدوفا.",
     {("AID", "EC", "MDA")}, [("aid", "EC", "MDA", 2.6e9)], {VDL}),
]

test_organisation_acts = table(check_organisation_acts, ROWS)
