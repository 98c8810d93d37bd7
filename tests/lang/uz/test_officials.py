"""Officials in uz, Latin and Cyrillic: (lang, text, expected people) rows."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("uz", "O'zbekiston Tashqi ishlar vaziri Baxtiyor Saidov Turkiyaga bordi.",
     [("Baxtiyor Saidov", "foreign minister", "UZB")]),
    ("uz", "Uchrashuvda Rossiya elchisi Oleg Malginov ishtirok etdi.",
     [("Oleg Sergeevich Malginov", "ambassador", "RUS")]),
    # Case endings glued to the surname are cut.
    ("uz", "O'zbekiston Bosh vaziri Abdulla Aripov Qozog'iston Bosh vaziri Olzhas Bektenov bilan uchrashdi.",
     [("Abdulla Nigmatovich Aripov", "prime minister", "UZB"), ("Oljas Bektenov", "prime minister", "KAZ")]),
    ("uz", "Qirg'iziston Tashqi ishlar vaziri Jeenbek Kulubayevning tashrifi yakunlandi.",
     [("Jeenbek Kulubaev", "foreign minister", "KGZ")]),
    ("uz", "Investitsiyalar, sanoat va savdo vaziri Laziz Qudratov qozog'istonlik hamkasbi Arman Shakkaliyev bilan muzokara o'tkazdi.",
     [("Laziz Qudratov", "trade minister", None), ("Arman Shakkaliyev", "counterpart", "KAZ")]),
    # An apostrophe inside a name is a letter of it (To'qayev), not a suffix mark.
    ("uz", "Qozog'iston Prezidenti Qasim-Jomart To'qayev Toshkentga keldi.",
     [("Qasim-Jomart To'qayev", "president", "KAZ")]),
    # Cyrillic: the name is given in the Latin alphabet.
    ("uz", "Ўзбекистон Ташқи ишлар вазири Бахтиёр Саидов Москвага борди.",
     [("Baxtiyor Saidov", "foreign minister", "UZB")]),
]


test_officials = table(check_officials, ROWS)
