"""Who the parties of an event are: a set named before as the subject ("die drei Politiker"),
the visitors of a joint trip, and countries named beside the act (where someone came from, a
"since" phrase, what is paid from, what a meeting is about), an unqualified domestic office,
the addressee of a demand and a headline summons in the passive. Made-up sentences. Rows:
(lang, published, text, expected (type, source, target, date, venue)); a consultation's pair
is unordered."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    # Visitors listed with their titles after commas each visit the host, not one another.
    ('uk', '2025-03-21',
     "ВАРШАВА, 21 березня /Укрінформ/. Прем'єр-міністр Іспанії Педро Санчес, прем'єр-міністр Португалії Луїш Монтенегру та президент Фінляндії Александер Стубб у п'ятницю прибули до Варшави.",
     [('CONSULT', 'ESP', 'POL', '2025-03-21', 'Warsaw'),
      ('CONSULT', 'FIN', 'POL', '2025-03-21', 'Warsaw'),
      ('CONSULT', 'PRT', 'POL', '2025-03-21', 'Warsaw')]),
    # A country inside a 'since' phrase ('від початку ... вторгнення Росії') is no party.
    ('uk', '2025-03-21',
     'БЕРЛІН, 21 березня /Укрінформ/. Німеччина оголосила новий пакет допомоги Молдові. Це найбільший пакет німецької допомоги від початку повномасштабного вторгнення Росії.',
     [('AID', 'DEU', 'MDA', '2025-03-21', None)]),
    # 'закликав Пекін вплинути на Москву': the addressee is the target.
    ('uk', '2025-03-21',
     'КИЇВ, 21 березня /Укрінформ/. Президент Володимир Зеленський закликав Пекін вплинути на Москву.',
     [('REQUEST', 'UKR', 'CHN', '2025-03-21', 'Kyiv')]),
    # 'разом з президентом України': a companion of the subject asks too; it is not asked.
    ('uk', '2025-03-21',
     "КИЇВ, 21 березня /Укрінформ/. Прем'єр-міністр Польщі разом з президентом України закликав Білорусь звільнити журналістів.",
     [('REQUEST', 'POL', 'BLR', '2025-03-21', None),
      ('REQUEST', 'UKR', 'BLR', '2025-03-21', 'Kyiv')]),
    # What a loan is repaid from ('заморожених російських активів') is no party of the agreement.
    ('uk', '2025-03-21',
     "КИЇВ, 21 березня /Укрінформ/. Міністр фінансів України та міністр фінансів Канади підписали в п'ятницю кредитну угоду, яку буде погашено з доходів від заморожених російських активів.",
     [('SUPPORT', 'UKR', 'CAN', '2025-03-21', 'Kyiv')]),
]

test_event_parties = table(check_extracted, ROWS)
