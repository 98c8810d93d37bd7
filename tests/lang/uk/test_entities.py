"""Entities in uk: (lang, text, expected codes and places) rows."""

from ..entity_rows import check_entities
from ..table import table

ROWS = [
    ("uk", "Делегація Казахстану прибула до Брюсселя, де обговорила відносини з Євросоюзом.",
     {"KAZ", "Brussels/BEL", "EU"}),
    ("uk", "У Брюсселі українські та польські експерти обговорили порядок денний ОБСЄ та НАТО.",
     {"Brussels/BEL", "UKR", "POL", "OSCE", "NATO"}),
    # "Київ" changes its stem when it declines ("у Києві").
    ("uk", "Такої думки дотримуються і в Києві, і в ООН.", {"Kyiv/UKR", "UN"}),
    ("uk", "Посольство ФРН направило ноту до МЗС України.", {"DEU", "UKR"}),
    ("uk", "Сполучені Штати та Росія обговорили роль ШОС і СНД.", {"USA", "RUS", "SCO", "CIS"}),
]


test_entities = table(check_entities, ROWS)
