"""Spanish pledges and demands: aid its giver only says it will give is an intent (AGREE, CAMEO 033), aid announced or
pledged as a sum is AID; a demand whose content names a plan, a refusal with a condition after it,
a saying inside a demand, a refusal with no other party, and a protest held for its demands.
Issue 13; the sentences are made up. The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    # Aid only promised, or said in the future, is an intent
    ('es', "2024-05-10", 'España prometió continuar la ayuda militar a Ucrania.',
     [('AGREE', 'ESP', 'UKR', '2024-05-10', None)]),
    ('es', "2024-05-10", 'España enviará ayuda humanitaria al Líbano.',
     [('AGREE', 'ESP', 'LBN', '2024-05-10', None)]),
    # Aid announced as decided is aid
    ('es', "2024-05-10", 'España anunció que enviará ayuda humanitaria al Líbano.',
     [('AID', 'ESP', 'LBN', '2024-05-10', None)]),
    # A plan named in what is demanded
    ('es', "2024-05-10", 'China exigió que Japón cancele sus planes de verter agua.',
     [('REQUEST', 'CHN', 'JPN', '2024-05-10', None)]),
    # A refusal demanded of others is the demand
    ('es', "2024-05-10", 'Lituania exigió el lunes que la Unión Europea rechace todo tránsito de potasa bielorrusa.',
     [('REQUEST', 'LTU', 'EU', '2024-05-06', None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_pledge_or_demand_is_read(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
