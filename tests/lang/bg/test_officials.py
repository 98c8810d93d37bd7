"""Officials in bg: (lang, text, expected people) rows."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("bg", "Министърът на външните работи на България Мария Габриел проведе среща в Скопие.",
     [("Mariya Gabriel", "foreign minister", "BGR")]),
    ("bg", "Посланикът на САЩ в София Кенет Мертен връчи акредитивните си писма. Мертен подчерта значението на посещението.",
     [("Kenet Merten", "ambassador", "USA")]),
    ("bg", "Външният министър на Гърция Йоргос Герапетритис пристигна в Пловдив.",
     [("Yorgos Gerapetritis", "foreign minister", "GRC")]),
    ("bg", "Президентът прие посланика на Литва Петрас Петраускас в София.",
     [("Petras Petrauskas", "ambassador", "LTU")]),
    ("bg", "Министър-председателят благодари на президента на Полша Анджей Дуда за подкрепата.",
     [("Andzhey Duda", "president", "POL")]),
]


test_officials = table(check_officials, ROWS)
