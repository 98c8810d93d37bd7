"""Entities in bg: (lang, text, expected codes and places) rows."""

from ..entity_rows import check_entities
from ..table import table

ROWS = [
    ("bg", "Делегация на Казахстан пристигна в Брюксел, където обсъди отношенията с Европейския съюз.",
     {"KAZ", "Brussels/BEL", "EU"}),
    ("bg", "В Атина български и гръцки експерти обсъдиха дневния ред на ОССЕ и НАТО.",
     {"Athens/GRC", "BGR", "GRC", "OSCE", "NATO"}),
    ("bg", "Същото мнение споделят и в Белград, и в ООН.", {"Belgrade/SRB", "UN"}),
    ("bg", "Посолството на САЩ изпрати нота до МВнР на Република Северна Македония.", {"USA", "MKD"}),
    ("bg", "Руската федерация и Турция обсъдиха ролята на ШОС и ОНД.", {"RUS", "TUR", "SCO", "CIS"}),
]


test_entities = table(check_entities, ROWS)
