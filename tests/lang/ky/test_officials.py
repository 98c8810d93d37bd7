"""Officials in ky: (lang, text, expected people) rows."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("ky", "Кыргызстандын Тышкы иштер министри Жээнбек Кулубаев Түркияга барды.",
     [("Jeenbek Kulubaev", "foreign minister", "KGZ")]),
    ("ky", "Жолугушууга Орусиянын элчиси Николай Удовиченко катышты.",
     [("Nikolay N. Udovichenko", "ambassador", "RUS")]),
    # Case endings glued to the surname are cut.
    ("ky", "Министрлер Кабинетинин Төрагасы Акылбек Жапаров Казакстандын Премьер-министри Олжас Бектеновго кат жолдоду.",
     [("Akylbek Japarov", "prime minister", "KGZ"), ("Oljas Bektenov", "prime minister", "KAZ")]),
    ("ky", "Өзбекстандын Тышкы иштер министри Бахтиёр Саидовдун сапары аяктады.",
     [("Bakhtiyor Saidov", "foreign minister", "UZB")]),
    ("ky", "Министр казакстандык кесиптеши Мурат Нуртлеу менен Бишкекте жолукту.",
     [("Murat Nurtleu", "counterpart", "KAZ")]),
    # A city before the word for a city ("Ош шаарында") is no part of the name before it.
    ("ky", "Президент Садыр Жапаров Ош шаарында Өзбекстандын президенти менен жолукту.",
     [("Sadyr Zhaparov", "president", "KGZ")]),
]


test_officials = table(check_officials, ROWS)
