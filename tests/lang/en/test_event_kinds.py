"""English events of kinds the triggers learnt from lemmas (issue 13): offers and acceptances,
refusals, conditional threats, announced sanctions, aid, cooperation, support, concessions,
investigations, assaults and demands. Each sentence reports a real happening; the whole pipeline
must find exactly these events."""

import pytest

from ..event_rows import check_extracted

# Offers, readiness and acceptances are AGREE
K1 = [
    ('en', "2024-05-10", 'Armenia said on Tuesday that it is willing to normalise relations with Turkey.',
     [('AGREE', 'ARM', 'TUR', '2024-05-07', None)]),
    ('en', "2024-05-10", 'Russia offered to hand over the bodies of Ukrainian soldiers to Ukraine.',
     [('AGREE', 'RUS', 'UKR', '2024-05-10', None)]),
    ('en', "2024-05-10", "Serbia accepted the European Union's proposal to normalise relations with Kosovo.",
     [('AGREE', 'SRB', 'EU', '2024-05-10', None)]),
    ('en', "2024-05-10", 'Georgia said it is prepared to lift the ban on Russian flights.',
     [('AGREE', 'GEO', 'RUS', '2024-05-10', None)]),
]

# Refusals and failures to agree are REJECT
K2 = [
    ('en', "2024-05-10", 'Hungary declined to sign the European Union statement on China.',
     [('REJECT', 'HUN', 'EU', '2024-05-10', None)]),
    ('en', "2024-05-10", 'Israel and Hamas failed to reach agreement on a ceasefire in Cairo on Sunday.',
     [('REJECT', 'ISR', 'PSE', '2024-05-05', None)]),
    ('en', "2024-05-10", 'Turkey said it would not allow Sweden to join NATO before it extradites the suspects.',
     [('REJECT', 'TUR', 'SWE', '2024-05-10', None)]),
    ('en', "2024-05-10", 'Washington said lifting sanctions on Venezuela is out of the question.',
     [('REJECT', 'USA', 'VEN', '2024-05-10', None)]),
    ('en', "2024-05-10", 'Serbia reneged on its commitment to Kosovo to recognise licence plates.',
     [('REJECT', 'SRB', 'XKX', '2024-05-10', None)]),
    ('en', "2024-05-10", 'Sweden ruled out handing over the suspects to Turkey.',
     [('REJECT', 'SWE', 'TUR', '2024-05-10', None)]),
]

# Acts promised on a condition, and vows to fight, are THREATEN
K3 = [
    ('en', "2024-05-10", "Hungary said it will veto the European Union's aid to Ukraine unless frozen funds are released.",
     [('THREATEN', 'HUN', 'EU', '2024-05-10', None)]),
    ('en', "2024-05-10", 'The Houthis have sworn to fight until Israel ends the war in Gaza.',
     [('THREATEN', 'YEM', 'ISR', '2024-05-10', None)]),
    ('en', "2024-05-10", 'Turkey threatened to use force against Syria.',
     [('THREATEN', 'TUR', 'SYR', '2024-05-10', None)]),
]

# Sanctions announced as decided are SANCTION
K4 = [
    ('en', "2024-05-10", 'Ukraine announced a suspension of air links with Russia on Monday.',
     [('SANCTION', 'UKR', 'RUS', '2024-05-06', None)]),
    ('en', "2024-05-10", 'The United States announced visa restrictions on Georgian officials.',
     [('SANCTION', 'USA', 'GEO', '2024-05-10', None)]),
    ('en', "2024-05-10", 'Russia suspended flights to Georgia in 2019.',
     []),
    ('en', "2024-05-10", 'Russia suspended flights to Georgia on Monday.',
     [('SANCTION', 'RUS', 'GEO', '2024-05-06', None)]),
    ('en', "2024-05-10", 'Washington withheld military aid from Egypt over human rights concerns.',
     [('SANCTION', 'USA', 'EGY', '2024-05-10', None)]),
]

# Aid handed over, sent or continued is AID
K5 = [
    ('en', "2024-05-10", 'The United States continued to send arms to Israel, the State Department said.',
     [('AID', 'USA', 'ISR', '2024-05-10', None)]),
    ('en', "2024-05-10", 'Swiss rescuers handed over medicine to the Turkish Red Crescent in Hatay after the earthquake.',
     [('AID', 'CHE', 'TUR', '2024-05-10', 'Antakya')]),
    ('en', "2024-05-10", 'Germany sent ammunition to Ukraine on Friday.',
     [('AID', 'DEU', 'UKR', '2024-05-10', None)]),
]

# Shared intelligence, joint exercises and extraditions are COOPERATE
K6 = [
    ('en', "2024-05-10", 'Israel shared evidence with the United States about the Iranian drone programme.',
     [('COOPERATE', 'ISR', 'USA', '2024-05-10', None)]),
    ('en', "2024-05-10", 'Russia and China launched joint naval drills in the Sea of Japan on Monday.',
     [('COOPERATE', 'RUS', 'CHN', '2024-05-06', None)]),
]

# Upgraded ties, welcomed statements and defence against criticism are SUPPORT
K7 = [
    ('en', "2024-05-10", 'Saudi Arabia and Iran upgraded their ties to ambassadorial level.',
     [('SUPPORT', 'SAU', 'IRN', '2024-05-10', None)]),
    ('en', "2024-05-10", 'Germany welcomed the statement of the United States on the nuclear talks.',
     [('SUPPORT', 'DEU', 'USA', '2024-05-10', None)]),
    ('en', "2024-05-10", 'Turkey defended Azerbaijan against criticism from France.',
     [('SUPPORT', 'TUR', 'AZE', '2024-05-10', None)]),
]

# Concessions: yielding to demands, recognising an opponent's victory, lifting restrictions are CONCEDE; reopened crossings and admitted observers are RETREAT
K8 = [
    ('en', "2024-05-10", 'Serbia conceded to the demands of the European Union on Kosovo.',
     [('CONCEDE', 'SRB', 'EU', '2024-05-10', None)]),
    ('en', "2024-05-10", 'Serbia reopened the bridge to allow deliveries of aid to Kosovo.',
     [('RETREAT', 'SRB', 'XKX', '2024-05-10', None)]),
    ('en', "2024-05-10", 'Belarus received a mission of observers from the OSCE.',
     [('RETREAT', 'BLR', 'OSCE', '2024-05-10', None)]),
    ('en', "2024-05-10", 'Russia cancelled restrictions on imports from Georgia.',
     [('CONCEDE', 'RUS', 'GEO', '2024-05-10', None)]),
]

# Rocket, mortar and artillery fire is ASSAULT
K11 = [
    ('en', "2024-05-10", 'Hezbollah launched rocket fire against Israel on Sunday.',
     [('ASSAULT', 'LBN', 'ISR', '2024-05-05', None)]),
    ('en', "2024-05-10", 'Azerbaijani forces fired mortar shells at Armenian positions, the Armenian defence ministry said.',
     [('ASSAULT', 'AZE', 'ARM', '2024-05-10', None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", K1 + K2 + K3 + K4 + K5 + K6 + K7 + K8 + K11)
def test_kind_is_found(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
