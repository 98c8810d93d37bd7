"""Entities in ru: (lang, text, expected codes and places) rows."""

from ..entity_rows import check_entities
from ..table import table

ROWS = [
    ("ru", "Делегация Казахстана прибыла в Брюссель, где обсудила отношения с Евросоюзом.", {"KAZ", "Brussels/BEL", "EU"}),
    ("ru", "В Брюсселе российские и казахстанские эксперты обсудили повестку ОБСЕ и ШОС.",
     {"Brussels/BEL", "RUS", "KAZ", "OSCE", "SCO"}),
    ("ru", "Того мнения придерживаются и в Москве, и в ООН.", {"Moscow/RUS", "UN"}),
    ("ru", "Посольство ФРГ направило ноту в МИД России.", {"DEU", "RUS"}),
    ("ru", "Позже Кремль сообщил о телефонном разговоре, а в Белом доме промолчали.", {"RUS", "USA"}),
]


test_entities = table(check_entities, ROWS)
