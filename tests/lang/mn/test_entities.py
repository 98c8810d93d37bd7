"""Entities in mn: (lang, text, expected codes and places) rows."""

from ..entity_rows import check_entities
from ..table import table

ROWS = [
    ("mn", "Монгол Улсын төлөөлөгчид Брюссельд Европын Холбооны төлөөлөгчидтэй уулзав.", {"MNG", "Brussels/BEL", "EU"}),
    # An abbreviation takes its case ending after a hyphen.
    ("mn", "Улаанбаатарт НҮБ-ын төлөөлөгч ОХУ-ын элчин сайдтай уулзав.", {"Ulan Bator/MNG", "UN", "RUS"}),
    ("mn", "АНУ-ын болон БНХАУ-ын төлөөлөгчид Астанад ШХАБ-ын уулзалтад оролцов.", {"USA", "CHN", "Astana/KAZ", "SCO"}),
]


test_entities = table(check_entities, ROWS)
