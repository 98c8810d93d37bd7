"""Entities in ko: (lang, text, expected codes and places) rows; particles attach to names."""

from ..entity_rows import check_entities
from ..table import table

ROWS = [
    ("ko", "한국 정부는 북한의 탄도미사일 발사를 강력히 규탄했다.", {"KOR", "PRK"}),
    ("ko", "조태열 장관은 베이징에서 중국 외교부장과 회담했다.", {"Beijing/CHN", "CHN"}),
    ("ko", "미국과 러시아는 유엔 안보리에서 충돌했다.", {"USA", "RUS", "UNSC"}),
    # The official spelling of Kyiv since 2022.
    ("ko", "윤석열 대통령이 키이우를 방문했다.", {"Kyiv/UKR"}),
]


test_entities = table(check_entities, ROWS)
