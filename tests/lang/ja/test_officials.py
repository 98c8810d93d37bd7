"""Officials in ja: (lang, text, expected people) rows. No capitals: the name stands before the role."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("ja", "岸田文雄首相は18日、フィリピンのマルコス大統領と電話会談した。",
     [("Fumio Kishida", "prime minister", "JPN"), ("Marukosu", "president", "PHL")]),
    # A country before the name ("中国の") is the one served.
    ("ja", "上川陽子外相は中国の王毅外相と会談した。",
     [("Yoko Kamikawa", "foreign minister", "JPN"), ("Wang Yi", "foreign minister", "CHN")]),
    # A foreign leader in kanji or katakana: the office-holders table's Latin spelling, not a reading
    # of the characters ("Jin Zhengen", "Donarudo Toranpu").
    ("ja", "北朝鮮の金正恩総書記は軍事パレードを視察した。", [("Kim Jong-un", "secretary-general", "PRK")]),
    ("ja", "ドナルド・トランプ米大統領は東京で日本の首相と会談した。", [("Donald Trump", "president", "USA")]),
    # A title without a name makes no person; "新首相" is no name.
    ("ja", "外務省の報道官は、日本政府として強く抗議したと述べた。", []),
]


test_officials = table(check_officials, ROWS)
