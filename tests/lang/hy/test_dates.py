"""Armenian dates (the genitive month before the day, "հոկտեմբերի 3-ին"): rows."""

import pytest

from ..date_rows import check_dates

ROWS = [
    ("hy", "2024-11-20", "Բանակցությունները տեղի են ունեցել նոյեմբերի 14-ին Վիեննայում։",
     [("նոյեմբերի 14-ին", "2024-11-14", "absolute")]),
    ("hy", "2024-11-20", "Երեկ նախարարը հանդիպում ունեցավ, իսկ ուրբաթ մեկնեց Վարշավա։",
     [("Երեկ", "2024-11-19", "relative"), ("ուրբաթ", "2024-11-15", "weekday")]),
    ("hy", "2024-11-20", "ԳՅՈՒՄՐԻ, 19 նոյեմբերի։ Պատվիրակությունները քննարկել են տարանցումը։",
     [("19 նոյեմբերի", "2024-11-19", "dateline")]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_dates(lang, published, text, expected):
    check_dates(lang, published, text, expected)
