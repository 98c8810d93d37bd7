"""Ukrainian event kinds: a threat made as a negative condition, a promise to respond (a threat, no
intent), an impersonal summons of the nuncio (the Holy See), police dispersing a protest (both the
crackdown and the protest), concern as criticism, an envoy announced as an intent, tariffs (a sanction). Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ("uk", "2024-03-05",
     "Якщо Угорщина не виконає своїх зобов'язань, Україна не ратифікує угоду, заявив у понеділок український міністр.",
     [('THREATEN', 'UKR', 'HUN', '2024-03-04', None)]),
    ("uk", "2024-03-05",
     'Росія пообіцяла відповісти на нові санкції Євросоюзу.',
     [('THREATEN', 'RUS', 'EU', '2024-03-05', None)]),
    ("uk", "2024-03-05",
     'КИЇВ, 5 березня. Апостольського нунція в понеділок викликали до МЗС.',
     [('ACCUSE', 'UKR', 'VAT', '2024-03-04', 'Kyiv')]),
    ("uk", "2024-03-05",
     'Поліція в понеділок розігнала у Києві учасників протесту проти закону.',
     [('COERCE', 'UKR', 'UKR', '2024-03-04', 'Kyiv'), ('PROTEST', 'UKR', 'UKR', '2024-03-04', 'Kyiv')]),
    ("uk", "2024-03-05",
     'Україна висловила в понеділок занепокоєння ухваленням нового закону в Угорщині.',
     [('ACCUSE', 'UKR', 'HUN', '2024-03-04', None)]),
    ("uk", "2024-03-05",
     'Китай направить спеціального представника в Україну.',
     [('AGREE', 'CHN', 'UKR', '2024-03-05', None)]),
    ("uk", "2024-03-05",
     'Туреччина запровадила в понеділок мита на сталь з Китаю.',
     [('SANCTION', 'TUR', 'CHN', '2024-03-04', None)]),
]

test_kinds_9b = table(check_extracted, ROWS)
