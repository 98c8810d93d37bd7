"""Who the parties of an event are: a set named before as the subject ("die drei Politiker"),
the visitors of a joint trip, and countries named beside the act (where someone came from, a
"since" phrase, what is paid from, what a meeting is about), an unqualified domestic office,
the addressee of a demand and a headline summons in the passive. Made-up sentences. Rows:
(lang, published, text, expected (type, source, target, date, venue)); a consultation's pair
is unordered."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    # 'Лидеры' after a list of three presidents: each of them asks.
    ('ru', '2025-03-21',
     'МОСКВА, 21 марта. Президент Казахстана, президент Узбекистана и президент Киргизии в пятницу прибыли в Москву.\n'
     'Лидеры призвали Армению вернуться к переговорам.',
     [('CONSULT', 'KAZ', 'RUS', '2025-03-21', 'Moscow'),
      ('CONSULT', 'KGZ', 'RUS', '2025-03-21', 'Moscow'),
      ('CONSULT', 'UZB', 'RUS', '2025-03-21', 'Moscow'),
      ('REQUEST', 'KAZ', 'ARM', '2025-03-21', 'Moscow'),
      ('REQUEST', 'KGZ', 'ARM', '2025-03-21', 'Moscow'),
      ('REQUEST', 'UZB', 'ARM', '2025-03-21', 'Moscow')]),
]

test_event_parties = table(check_extracted, ROWS)
