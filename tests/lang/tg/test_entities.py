"""Entities in tg: (lang, text, expected codes and places) rows."""

from ..entity_rows import check_entities
from ..table import table

ROWS = [
    ("tg", "Ҳайати Тоҷикистон дар Хуҷанд бо намояндагони Иттиҳоди Аврупо вохӯрд.", {"TJK", "Khujand/TJK", "EU"}),
    ("tg", "Дар Душанбе намояндагони СММ ва САҲА мулоқот карданд.", {"Dushanbe/TJK", "UN", "OSCE"}),
    ("tg", "Русия ва Чин дар нишасти СҲШ дар Остона ширкат варзиданд.", {"RUS", "CHN", "Astana/KAZ", "SCO"}),
]


test_entities = table(check_entities, ROWS)
