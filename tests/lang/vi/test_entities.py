"""Entities in vi: (lang, text, expected codes and places) rows. Names of several syllables,
each written apart ("Trung Quốc", "Hà Nội", "Liên minh châu Âu")."""

from ..entity_rows import check_entities
from ..table import table

ROWS = [
    ("vi", "Tại Hà Nội, các chuyên gia Việt Nam và Trung Quốc đã thảo luận về chương trình nghị sự của ASEAN và Liên hợp quốc.",
     {"Hanoi/VNM", "VNM", "CHN", "ASEAN", "UN"}),
    ("vi", "Thương mại giữa Mỹ và Liên minh châu Âu tăng, trong khi viện trợ cho Ukraine và Nga giảm.",
     {"USA", "EU", "UKR", "RUS"}),
]


test_entities = table(check_entities, ROWS)
