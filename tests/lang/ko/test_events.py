"""Korean events: (lang, published, text, entities, expected) rows."""

from ..event_rows import check_events
from ..table import table

KOR = ("country", "KOR", ["한국"])
PRK = ("country", "PRK", ["북한"])
CHN = ("country", "CHN", ["중국"])
USA = ("country", "USA", ["미국"])
RUS = ("country", "RUS", ["러시아"])

ROWS = [
    ("ko", "2024-05-14", "한국 정부는 북한의 탄도미사일 발사를 강력히 규탄했다.",
     [KOR, PRK], [("ACCUSE", "KOR", "PRK", "2024-05-14")]),
    ("ko", "2024-05-14", "한국과 중국은 13일 베이징에서 외교장관 회담을 열었다.",
     [KOR, CHN], [("CONSULT", "KOR", "CHN", "2024-05-13")]),
    ("ko", "2024-02-25", "한국 정부는 24일 러시아에 대한 추가 제재를 발표했다.",
     [KOR, RUS], [("SANCTION", "KOR", "RUS", "2024-02-24")]),
    # Negated: no event.
    ("ko", "2024-02-25", "한국 정부는 러시아를 비난하지 않았다.", [KOR, RUS], []),
]


test_events = table(check_events, ROWS)


# A demand is made to the side in the dative before the verb, not to a side named in what is demanded.
DATIVE_ROWS = [
    ("ko", "2024-05-10", "미국은 북한에 러시아 파병 병력의 철수를 요구했다.",
     [USA, PRK, RUS], [("REQUEST", "USA", "PRK", "2024-05-10")]),
    # The shelling is what North Korea charges the South with: no North Korean shelling.
    ("ko", "2024-05-10", "북한은 한국군이 포격을 가했다고 주장하면서, 한국을 강력히 비난했다.",
     [KOR, PRK, ("country", "KOR", ["한국군"])], [("ACCUSE", "PRK", "KOR", "2024-05-10")]),
]

test_dative_and_charges = table(check_events, DATIVE_ROWS)
