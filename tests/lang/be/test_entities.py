"""Entities in be: (lang, text, expected codes and places) rows."""

from ..entity_rows import check_entities
from ..table import table

ROWS = [
    ("be", "Дэлегацыя Беларусі ў Бруселі сустрэлася з прадстаўнікамі Еўрапейскага саюза.", {"BLR", "Brussels/BEL", "EU"}),
    ("be", "У Мінску прайшла сустрэча прадстаўнікоў ААН і АБСЕ.", {"Minsk/BLR", "UN", "OSCE"}),
    ("be", "Прадстаўнікі Расіі і Кітая ўзялі ўдзел у саміце ШАС у Астане.", {"RUS", "CHN", "Astana/KAZ", "SCO"}),
]


test_entities = table(check_entities, ROWS)
