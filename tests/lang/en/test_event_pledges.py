"""English pledges, demands, refusals and protests: aid its giver only says it will give is an intent (AGREE, CAMEO 033), aid announced or
pledged as a sum is AID; a demand whose content names a plan, a refusal with a condition after it,
a saying inside a demand, a refusal with no other party, and a protest held for its demands.
Issue 13; the sentences are made up. The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    # Aid only promised is an intent to give it
    ('en', "2024-05-10", 'Japan will give Vietnam 40 million dollars in aid for new hospitals next year.',
     [('AGREE', 'JPN', 'VNM', '2024-05-10', None)]),
    ('en', "2024-05-10", 'The Dutch defence minister promised to keep sending military aid to Ukraine.',
     [('AGREE', 'NLD', 'UKR', '2024-05-10', None)]),
    ('en', "2024-05-10", 'The United Nations will send emergency food aid to Somalia before the rainy season.',
     [('AGREE', 'UN', 'SOM', '2024-05-10', None)]),
    # Aid pledged as a sum, or announced as decided, is aid
    ('en', "2024-05-10", 'Japan pledged 40 million dollars in aid to Vietnam on Monday.',
     [('AID', 'JPN', 'VNM', '2024-05-06', None)]),
    ('en', "2024-05-10", 'Japan announced that it will send rescue teams to Turkey.',
     [('AID', 'JPN', 'TUR', '2024-05-10', None)]),
    # A plan named in what is demanded does not make the demand a plan
    ('en', "2024-05-10", 'China demanded on Tuesday that Japan cancel plans to release water from the Fukushima plant.',
     [('REQUEST', 'CHN', 'JPN', '2024-05-07', None)]),
    # A refusal demanded of others is the demand, not a refusal
    ('en', "2024-05-10", 'Lithuania demanded on Monday that the European Union refuse all transit of Belarusian potash.',
     [('REQUEST', 'LTU', 'EU', '2024-05-06', None)]),
    # A refusal with a condition after it is still a refusal
    ('en', "2024-05-10", 'Hungary said it will not accept the new asylum rules of the European Union if quotas stay in them.',
     [('REJECT', 'HUN', 'EU', '2024-05-10', None)]),
    # A refusal with no other country named is domestic
    ('en', "2024-05-10", 'Despite weeks of calls from the Italian opposition, the Italian interior minister refused to step down.',
     [('REJECT', 'ITA', 'ITA', '2024-05-10', None)]),
    # A protest held to press demands is the protest
    ('en', "2024-05-10", 'Thousands of Moroccans blocked roads in Rabat on Sunday to press their demands for housing.',
     [('PROTEST', 'MAR', 'MAR', '2024-05-05', 'Rabat')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_pledge_or_demand_is_read(lang, published, text, expected):
    check_extracted(lang, published, text, expected)


def test_promised_aid_keeps_what_is_promised_in_its_cameo_code():
    """An intent to give aid is CAMEO 033 ("express intent to provide aid"), not a bare 030."""
    from legation.extract import extract

    doc = extract("Japan will give Vietnam 40 million dollars in aid next year.", published="2024-05-10", lang="en")
    assert [(e.type, e.cameo) for e in doc.events] == [("AGREE", "033")]
