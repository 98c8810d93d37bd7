"""Officials in uk: (lang, text, expected people) rows."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("uk", "Міністр закордонних справ України Андрій Сибіга провів зустріч у Варшаві.",
     [("Andrii Sybiha", "foreign minister", "UKR")]),
    ("uk", "Посол Франції в Києві Гаель Весьєр вручив вірчі грамоти. Весьєр наголосив на важливості візиту.",
     [("Hael Vesier", "ambassador", "FRA")]),
    ("uk", "Заступник міністра закордонних справ Польщі Марек Новак прибув до Львова.",
     [("Marek Novak", "deputy foreign minister", "POL")]),
    ('uk', 'Президент провів зустріч із послом Литви Петром Шевченком у Києві.',
     [('Petro Shevchenko', 'ambassador', 'LTU')]),
    ('uk', "Прем'єр-міністр подякував президентові Польщі Андрію Вуйцику за підтримку.",
     [('Andrii Vuitsyk', 'president', 'POL')]),
    ('uk', 'Угоду обговорили з міністром закордонних справ Чехії Яном Дворжаком.',
     [('Yan Dvorzhak', 'foreign minister', 'CZE')]),
    # A spokesman of an agency whose name fixes the country.
    ('uk', 'Речник Головного управління розвідки Андрій Юсов заявив про нові навчання.',
     [('Andrii Yusov', 'spokesperson', 'UKR')]),
    ('uk', 'Правозахисниця Олександра Матвійчук отримала премію.',
     [('Oleksandra Matviichuk', 'activist', None)]),
    # A court in the genitive is the institution the head leads, not a name.
    ("uk", "Голова Верховного Суду України Станіслав Кравченко зустрівся з послом.",
     [("Stanislav Kravchenko", "head", "UKR")]),
]


test_officials = table(check_officials, ROWS)
