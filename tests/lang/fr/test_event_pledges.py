"""French pledges and demands: aid its giver only says it will give is an intent (AGREE, CAMEO 033), aid announced or
pledged as a sum is AID; a demand whose content names a plan, a refusal with a condition after it,
a saying inside a demand, a refusal with no other party, and a protest held for its demands.
Issue 13; the sentences are made up. The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    # Aid only promised, or said in the future, is an intent
    ('fr', "2024-05-10", "La France a promis de poursuivre son aide militaire à l'Ukraine.",
     [('AGREE', 'FRA', 'UKR', '2024-05-10', None)]),
    ('fr', "2024-05-10", 'La France enverra une aide humanitaire au Liban.',
     [('AGREE', 'FRA', 'LBN', '2024-05-10', None)]),
    # Aid announced as decided is aid
    ('fr', "2024-05-10", "La France a annoncé qu'elle enverra une aide humanitaire au Liban.",
     [('AID', 'FRA', 'LBN', '2024-05-10', None)]),
    # A plan named in what is demanded
    ('fr', "2024-05-10", "La Chine a exigé que le Japon annule ses projets de rejet d'eau.",
     [('REQUEST', 'CHN', 'JPN', '2024-05-10', None)]),
    # A refusal demanded of others is the demand
    ('fr', "2024-05-10", "La Pologne a exigé que ses partenaires de l'Union européenne refusent de reconnaître l'élection en Biélorussie.",
     [('REQUEST', 'POL', 'EU', '2024-05-10', None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_pledge_or_demand_is_read(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
