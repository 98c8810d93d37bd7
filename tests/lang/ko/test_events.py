"""Korean events: (lang, published, text, entities, expected) rows."""

import pytest

from ..event_rows import check_events, check_extracted
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


# The whole pipeline: (lang, published, text, [(type, source, target, date, place)]).
EXTRACTED = [
    # The sixth Korea-US foreign and defence ministers' "2+2" meeting, Washington, 31 October 2024:
    # "한·미" is the two sides; they condemned the North's troops in Russia and agreed between them.
    ("ko", "2024-11-01",
     "한·미 외교·국방(2+2) 장관회의가 31일(현지시간) 미국 워싱턴 국무부에서 열렸다. "
     "양국 장관들은 북한의 러시아 파병을 강력히 규탄했다. 양국은 확장억제를 강화하기로 합의했다.",
     [("CONSULT", "KOR", "USA", "2024-10-31", "Washington"),
      ("ACCUSE", "KOR", "PRK", "2024-10-31", None), ("ACCUSE", "USA", "PRK", "2024-10-31", "Washington"),
      ("AGREE", "KOR", "USA", "2024-10-31", "Washington")]),
    # "한미 양국은 ... 규탄했다": the pair word names both sides that condemn a third.
    ("ko", "2024-11-01", "한미 양국은 31일 북한의 러시아 파병을 강력히 규탄했다.",
     [("ACCUSE", "KOR", "PRK", "2024-10-31", None), ("ACCUSE", "USA", "PRK", "2024-10-31", None)]),
    # Russia and North Korea signed their partnership treaty in Pyongyang on 19 June 2024; Seoul summoned
    # Russia's ambassador on the 21st and asked Russia to stop its military cooperation with the North.
    # "북한과의 군사협력" (cooperation with the North) names no side of the demand; a breach of Security
    # Council resolutions is no accusation against the Council.
    ("ko", "2024-06-22",
     "러시아와 북한은 19일 평양에서 포괄적 전략적 동반자 관계 조약을 체결했다. 김홍균 외교부 1차관은 21일 "
     "게오르기 지노비예프 주한 러시아 대사를 초치해 북러 조약 체결에 항의하고, 북한과의 군사협력을 즉각 "
     "중단할 것을 촉구했다. 김 차관은 북한과의 군사협력이 유엔 안전보장이사회 결의 위반이라고 지적했다.",
     [("SUPPORT", "RUS", "PRK", "2024-06-19", "Pyongyang"), ("ACCUSE", "KOR", "RUS", "2024-06-21", None),
      ("REQUEST", "KOR", "RUS", "2024-06-21", None)]),
    # "북·러가 체결한 조약": the pair word right before the act is its two sides.
    ("ko", "2024-06-22", "정부는 북·러가 체결한 조약에 대해 깊은 우려를 표명했다.",
     [("SUPPORT", "PRK", "RUS", "2024-06-22", None)]),
    # Yoon in Kyiv, 15 July 2023: aid announced during the visit.
    ("ko", "2023-07-16",
     "윤석열 대통령은 15일 우크라이나 키이우를 방문해 볼로디미르 젤렌스키 대통령과 정상회담을 가졌다. "
     "윤 대통령은 이 자리에서 올해 1억5천만 달러 규모의 인도적 지원을 제공하겠다고 밝혔다.",
     [("CONSULT", "KOR", "UKR", "2023-07-15", "Kyiv"), ("AID", "KOR", "UKR", "2023-07-15", "Kyiv")]),
]


@pytest.mark.parametrize("lang,published,text,expected", EXTRACTED)
def test_extracted(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
