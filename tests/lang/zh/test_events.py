"""Chinese events: (lang, published, text, entities, expected) rows."""

from ..event_rows import check_events
from ..table import table

CHN = ("country", "CHN", ["中方", "中国"])
USA = ("country", "USA", ["美方", "美国"])
RUS = ("country", "RUS", ["俄罗斯", "俄方"])
FRA = ("country", "FRA", ["法国"])

ROWS = [
    ("zh", "2024-12-06", "中方强烈谴责美方对中国企业实施单边制裁。",
     [CHN, USA], [("ACCUSE", "CHN", "USA", "2024-12-06")]),
    ("zh", "2023-04-07", "中国国家主席习近平6日在北京同法国总统马克龙举行会谈。",
     [CHN, FRA], [("CONSULT", "CHN", "FRA", "2023-04-06")]),
    ("zh", "2024-04-10", "中方与俄方9日在北京签署了合作协议。",
     [CHN, RUS], [("SUPPORT", "CHN", "RUS", "2024-04-09")]),
    # Negated: no event.
    ("zh", "2024-04-10", "中方并未对美国实施制裁。", [CHN, USA], []),
]


test_events = table(check_events, ROWS)
