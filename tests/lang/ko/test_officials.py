"""Officials in ko: (lang, text, expected people) rows. No capitals: the name is the word before the role."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("ko", "조태열 외교부 장관은 베이징에서 왕이 중국 외교부장과 회담했다. 조태열 장관은 협력을 강조했다.",
     [("Cho Tae-yul", "foreign minister", "KOR"), ("Wang Yi", "foreign minister", "CHN")]),
    # A name the office-holders table does not hold: as the press spells Korean names (family name,
    # then the given name's syllables joined by a hyphen).
    ("ko", "김영호 통일부 장관은 북한에 대화를 제안했다.", [("Kim Yeong-ho", "unification minister", "KOR")]),
    # One it holds in Hangul: its usual Latin spelling, not a syllable-by-syllable one.
    ("ko", "김정은 국무위원장은 러시아를 방문했다.", [("Kim Jong-un", "president", "PRK")]),
    # A title without a name makes no person.
    ("ko", "외교부 대변인은 정부가 강력히 항의했다고 밝혔다.", []),
    # A vice minister by rank, written without 제; a rank word with a particle is no name.
    ("ko", "김홍균 외교부 1차관은 러시아 대사를 불러 항의했다.",
     [("Kim Hong-gyun", "first deputy foreign minister", "KOR")]),
    # "현직" (incumbent) before a role is no name; a district and its street before one neither.
    ("ko", "현직 장관이 기소된 것은 처음이다.", []),
    ("ko", "집회는 서울 용산구 이태원동 대통령 관저 근처에서 열렸다.", []),
    # A foreign surname alone counts as the surname of the full name written elsewhere.
    ("ko", "블링컨 장관은 서울에 도착했다. 토니 블링컨 미 국무장관은 박진 외교부 장관과 회담했다.",
     [("Antony Blinken", "foreign minister", "USA"), ("Park Jin", "foreign minister", "KOR")]),
    # A ministry's name before the title ("에너지부 장관") is no name: the name stands before the
    # ministry and its country.
    ("ko", "크리스 라이트 미국 에너지부 장관은 서울에서 한국 측과 회담했다.", [("Keuliseu Laiteu", "minister", "USA")]),
]


test_officials = table(check_officials, ROWS)
