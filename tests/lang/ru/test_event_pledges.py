"""Russian pledges and demands: aid its giver only says it will give is an intent (AGREE, CAMEO 033), aid announced or
pledged as a sum is AID; a demand whose content names a plan, a refusal with a condition after it,
a saying inside a demand, a refusal with no other party, and a protest held for its demands.
Issue 13; the sentences are made up. The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    # Aid only promised is an intent to give it
    ('ru', "2024-05-10", 'Германия пообещала предоставить Украине военную помощь.',
     [('AGREE', 'DEU', 'UKR', '2024-05-10', None)]),
    # Aid announced as decided is aid
    ('ru', "2024-05-10", 'Германия объявила, что направит Украине военную помощь.',
     [('AID', 'DEU', 'UKR', '2024-05-10', None)]),
    # A plan named in what is demanded
    ('ru', "2024-05-10", 'Китай потребовал, чтобы Япония отменила планы сброса воды.',
     [('REQUEST', 'CHN', 'JPN', '2024-05-10', None)]),
    # A refusal with a condition after it
    ('ru', "2024-05-10", 'Венгрия заявила, что не примет миграционный пакт Евросоюза, если его примут большинством.',
     [('REJECT', 'HUN', 'EU', '2024-05-10', None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_pledge_or_demand_is_read(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
