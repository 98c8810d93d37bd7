"""Hindi events: (lang, published, text, entities, expected) rows."""

from ..table import table
from ..event_rows import check_events

IND = ("country", "IND", ["भारत"])
RUS = ("country", "RUS", ["रूस"])
LKA = ("country", "LKA", ["श्रीलंका"])
PAK = ("country", "PAK", ["पाकिस्तान"])
CHN = ("country", "CHN", ["चीन"])
USA = ("country", "USA", ["अमेरिका"])

ROWS = [
    ("hi", "2024-07-10", "भारत और रूस ने 9 जुलाई को कई समझौतों पर हस्ताक्षर किए।",
     [IND, RUS], [("SUPPORT", "IND", "RUS", "2024-07-09")]),
    ("hi", "2024-07-10", "भारत और रूस के बीच 9 जुलाई को द्विपक्षीय वार्ता हुई।",
     [IND, RUS], [("CONSULT", "IND", "RUS", "2024-07-09")]),
    ("hi", "2024-07-10", "भारत ने श्रीलंका को मानवीय सहायता भेजी।",
     [IND, LKA], [("AID", "IND", "LKA", "2024-07-10")]),
    ("hi", "2024-07-10", "भारत ने पाकिस्तान की कड़ी निंदा की।",
     [IND, PAK], [("ACCUSE", "IND", "PAK", "2024-07-10")]),
    ("hi", "2024-07-10", "अमेरिका ने रूस पर नए प्रतिबंध लगाए।",
     [USA, RUS], [("SANCTION", "USA", "RUS", "2024-07-10")]),
    # A negated act, a planned one, and a trade figure are no events.
    ("hi", "2024-07-10", "भारत ने चीन के साथ समझौते पर हस्ताक्षर नहीं किए।", [IND, CHN], []),
    ("hi", "2024-07-10", "भारत और चीन अगले महीने वार्ता करेंगे।", [IND, CHN], []),
    ("hi", "2024-07-10", "भारत और चीन के बीच व्यापार 118 अरब डॉलर रहा।", [IND, CHN], []),
]


test_events = table(check_events, ROWS)
