"""Officials in kk: (lang, text, expected people) rows."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("kk", "Қазақстан Сыртқы істер министрі Бекжан Оразалиев Түркияға барды.",
     [("Bekzhan Orazaliev", "foreign minister", "KAZ")]),
    ("kk", "Кездесуге Ресей елшісі Алексей Бородавкин қатысты.",
     [("Aleksey Borodavkin", "ambassador", "RUS")]),
    # Case endings glued to the surname are cut.
    ("kk", "Қазақстан Премьер-министрі Олжас Бектенов Ресей Үкіметі Төрағасының орынбасары Алексей Оверчукпен кездесті.",
     [("Oljas Bektenov", "prime minister", "KAZ"), ("Alexey Overchuk", "deputy prime minister", "RUS")]),
    ("kk", "Сауда және интеграция министрі Арман Шаққалиев Өзбекстан әріптесі Лазиз Кудратовпен келіссөз жүргізді.",
     [("Arman Shakkaliev", "trade minister", None), ("Laziz Kudratov", "counterpart", "UZB")]),
    ("kk", "Астана қаласының әкімі Жеңіс Қасымбек шетелдік инвесторлармен кездесті.",
     [("Zhengis Kasymbek", "mayor", None)]),
    ("kk", "Қырғызстан Сыртқы істер министрі Жээнбек Кулубаевтың сапары аяқталды.",
     [("Jeenbek Kulubaev", "foreign minister", "KGZ")]),
    ('kk', 'Министр бразилиялық әріптесі Маркос Сильвамен Астанада кездесті.',
     [('Markos Silva', 'counterpart', 'BRA')]),
    # A city before the word for a city ("Шымкент қаласында") is no part of the name before it.
    ("kk", "Президент Касым-Жомарт Токаев Шымкент қаласында Өзбекстан президентімен кездесті.",
     [("Kassym-Jomart Tokayev", "president", "KAZ")]),
]


test_officials = table(check_officials, ROWS)
