"""Officials in tg: (lang, text, expected people) rows."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("tg", "Вазири корҳои хориҷии Тоҷикистон Сироҷиддин Муҳриддин ба Пекин сафар кард.",
     # The table's two rows of one minister (his earlier surname Aslov): the curated spelling.
     [("Sirojiddin Muhriddin", "foreign minister", "TJK")]),
    ("tg", "Президенти Ҷумҳурии Ӯзбекистон Шавкат Мирзиёев ба Хуҷанд омад.",
     [("Shavkat Mirziyoyev", "president", "UZB")]),
    # The object marker glued to a name is cut.
    ("tg", "Президенти Ҷумҳурии Тоҷикистон Эмомалӣ Раҳмон Раиси ҶМЧ Си Ҷинпинро истиқбол гирифт.",
     [("Emomali Rahmon", "president", "TJK"), ("Xi Jinping", "president", "CHN")]),
]


test_officials = table(check_officials, ROWS)
