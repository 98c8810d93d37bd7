"""Officials in ko: (lang, text, expected people) rows. No capitals: the name is the word before the role."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("ko", "조태열 외교부 장관은 베이징에서 왕이 중국 외교부장과 회담했다. 조태열 장관은 협력을 강조했다.",
     [("Cho Tae-yul", "foreign minister", "KOR"), ("Wang Yi", "foreign minister", "CHN")]),
    ("ko", "김정은 국무위원장은 러시아를 방문했다.", [("Gim Jeongeun", "president", "PRK")]),
    # A title without a name makes no person.
    ("ko", "외교부 대변인은 정부가 강력히 항의했다고 밝혔다.", []),
    # A vice minister by rank, written without 제; a rank word with a particle is no name.
    ("ko", "김홍균 외교부 1차관은 러시아 대사를 불러 항의했다.",
     [("Gim Honggyun", "first deputy foreign minister", "KOR")]),
]


test_officials = table(check_officials, ROWS)
