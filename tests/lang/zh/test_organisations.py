"""International organisations and their heads as parties in zh: (lang, published, text, events,
figures, people) rows; the check lives in `tests/lang/organisation_rows.py`."""

from ..organisation_rows import check_organisation_acts
from ..table import table

VDL = ("Ursula von der Leyen", "EC")

ROWS = [
    ("zh", "2024-03-10",
     "欧盟委员会主席冯德莱恩周四访问基希讷乌，宣布向摩尔多瓦提供26亿欧元的援助计划。",
     {("CONSULT", "EC", "MDA"), ("AID", "EC", "MDA")}, [("aid", "EC", "MDA", 2.6e9)], {VDL}),
]

test_organisation_acts = table(check_organisation_acts, ROWS)
