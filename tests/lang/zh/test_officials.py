"""Officials in zh: (lang, text, expected people) rows. No capitals: the name follows the role."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    # The office-holders table gives the usual Latin spelling and confirms the country.
    ("zh", "中国外交部长王毅在北京同俄罗斯外长拉夫罗夫举行会谈。王毅表示，双方应加强协作。",
     [("Wang Yi", "foreign minister", "CHN"), ("La Fuluofu", "foreign minister", "RUS")]),
    ("zh", "国家主席习近平同乌克兰总统泽连斯基通电话。",
     [("Xi Jinping", "president", "CHN"), ("Ze Liansiji", "president", "UKR")]),
    ("zh", "外交部发言人毛宁表示，中方坚决反对。", [("Mao Ning", "spokesperson", "CHN")]),
    # Role words without a name make no person.
    ("zh", "中国外交部发言人表示，中方欢迎俄罗斯外长访华。", []),
]


test_officials = table(check_officials, ROWS)
