"""Japanese events: (lang, published, text, entities, expected) rows."""

from ..event_rows import check_events
from ..table import table

JPN = ("country", "JPN", ["日本政府", "日本"])
PRK = ("country", "PRK", ["北朝鮮"])
CHN = ("country", "CHN", ["中国"])
USA = ("country", "USA", ["米国"])
RUS = ("country", "RUS", ["ロシア"])

ROWS = [
    ("ja", "2023-11-27", "日本政府は北朝鮮の弾道ミサイル発射を強く非難した。",
     [JPN, PRK], [("ACCUSE", "JPN", "PRK", "2023-11-27")]),
    ("ja", "2023-11-27", "日本と中国は26日、釜山で外相会談を行った。",
     [JPN, CHN], [("CONSULT", "JPN", "CHN", "2023-11-26")]),
    ("ja", "2024-02-24", "日本政府は23日、ロシアに対する追加制裁を発表した。",
     [JPN, RUS], [("SANCTION", "JPN", "RUS", "2024-02-23")]),
    # Negated: no event.
    ("ja", "2024-02-24", "日本政府はロシアを非難しなかった。", [JPN, RUS], []),
]


test_events = table(check_events, ROWS)
