"""Turkish pledges: aid its giver only says it will give is an intent (AGREE, CAMEO 033), aid announced or
pledged as a sum is AID; a demand whose content names a plan, a refusal with a condition after it,
a saying inside a demand, a refusal with no other party, and a protest held for its demands.
Issue 13; the sentences are made up. The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    # Aid said in the future is an intent; announced, or sent, it is aid
    ('tr', "2024-05-10", "Almanya Ukrayna'ya askeri yardım gönderecek.",
     [('AGREE', 'DEU', 'UKR', '2024-05-10', None)]),
    ('tr', "2024-05-10", "Almanya Ukrayna'ya askeri yardım göndereceğini açıkladı.",
     [('AID', 'DEU', 'UKR', '2024-05-10', None)]),
    ('tr', "2024-05-10", "Almanya Ukrayna'ya askeri yardım gönderdi.",
     [('AID', 'DEU', 'UKR', '2024-05-10', None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_pledge_or_demand_is_read(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
