"""Officials in be: (lang, text, expected people) rows."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("be", "Міністр замежных спраў Беларусі Максім Рыжанкоў наведаў Пекін.",
     [("Maksim Ryzhankow", "foreign minister", "BLR")]),
    ("be", "У перамовах удзельнічаў міністр замежных спраў Расіі Сяргей Лаўроў.",
     [("Siarhey Lawrow", "foreign minister", "RUS")]),
    # Case endings of a name after a role word in an oblique case are put back.
    ("be", "Прэзідэнт Кітая сустрэўся з прэзідэнтам Таджыкістана Эмамалі Рахмонам.",
     [("Emamali Rakhmon", "president", "TJK")]),
]


test_officials = table(check_officials, ROWS)
