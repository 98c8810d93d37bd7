"""Russian events of kinds the triggers learnt from lemmas (issue 13): offers and acceptances,
refusals, conditional threats, announced sanctions, aid, cooperation, support, concessions,
investigations, assaults and demands. Each sentence reports a real happening; the whole pipeline
must find exactly these events."""

import pytest

from ..event_rows import check_extracted

# Offers, readiness and acceptances are AGREE
K1 = [
    ('ru', "2024-05-10", 'Армения готова к нормализации отношений с Турцией, заявил премьер-министр.',
     [('AGREE', 'ARM', 'TUR', '2024-05-10', None)]),
    ('ru', "2024-05-10", 'Турция предложила посредничество России и Украине.',
     [('AGREE', 'TUR', 'RUS', '2024-05-10', None), ('AGREE', 'TUR', 'UKR', '2024-05-10', None)]),
]

# Refusals and failures to agree are REJECT
K2 = [
    ('ru', "2024-05-10", 'Армения и Азербайджан не смогли договориться о границе на переговорах в Вашингтоне.',
     [('REJECT', 'ARM', 'AZE', '2024-05-10', None)]),
    ('ru', "2024-05-10", 'Венгрия отказалась подписать заявление Евросоюза по Китаю.',
     [('REJECT', 'HUN', 'EU', '2024-05-10', None)]),
    ('ru', "2024-05-10", 'Россия исключила возможность переговоров с Украиной.',
     [('REJECT', 'RUS', 'UKR', '2024-05-10', None)]),
]

# Acts promised on a condition, and vows to fight, are THREATEN
K3 = [
    ('ru', "2024-05-10", 'КНДР пригрозила США ядерным ударом.',
     [('THREATEN', 'PRK', 'USA', '2024-05-10', None)]),
    ('ru', "2024-05-10", 'Армения будет бойкотировать саммит ОДКБ, если организация не осудит Азербайджан.',
     [('THREATEN', 'ARM', 'CSTO', '2024-05-10', None)]),
]

# Sanctions announced as decided are SANCTION
K4 = [
    ('ru', "2024-05-10", 'Россия приостановила авиасообщение с Грузией.',
     [('SANCTION', 'RUS', 'GEO', '2024-05-10', None)]),
    ('ru', "2024-05-10", 'Латвия запретила въезд российским гражданам.',
     [('SANCTION', 'LVA', 'RUS', '2024-05-10', None)]),
]

# Aid handed over, sent or continued is AID
K5 = [
    ('ru', "2024-05-10", 'Россия передала медикаменты Сирии после землетрясения.',
     [('AID', 'RUS', 'SYR', '2024-05-10', None)]),
    ('ru', "2024-05-10", 'МЧС России направило спасателей в Турцию после землетрясения.',
     [('AID', 'RUS', 'TUR', '2024-05-10', None)]),
]

# Shared intelligence, joint exercises and extraditions are COOPERATE
K6 = [
    ('ru', "2024-05-10", 'Россия и Китай начали совместные военно-морские учения в Японском море.',
     [('COOPERATE', 'RUS', 'CHN', '2024-05-10', None)]),
    ('ru', "2024-05-10", 'Армения и Франция обменялись информацией о ситуации на границе.',
     [('COOPERATE', 'ARM', 'FRA', '2024-05-10', None)]),
]

# Upgraded ties, welcomed statements and defence against criticism are SUPPORT
K7 = [
    ('ru', "2024-05-10", 'Россия приветствовала решение Саудовской Аравии и Ирана восстановить отношения.',
     [('SUPPORT', 'RUS', 'IRN', '2024-05-10', None), ('SUPPORT', 'RUS', 'SAU', '2024-05-10', None)]),
    ('ru', "2024-05-10", 'Китай встал на защиту России в Совете Безопасности ООН.',
     [('SUPPORT', 'CHN', 'RUS', '2024-05-10', None)]),
]

# Concessions: yielding to demands, recognising an opponent's victory, lifting restrictions are CONCEDE; reopened crossings and admitted observers are RETREAT
K8 = [
    ('ru', "2024-05-10", 'Азербайджан открыл пункт пропуска на границе с Грузией.',
     [('RETREAT', 'AZE', 'GEO', '2024-05-10', None)]),
    ('ru', "2024-05-10", 'Туркмения допустила наблюдателей ОБСЕ на выборы.',
     [('RETREAT', 'TKM', 'OSCE', '2024-05-10', None)]),
    ('ru', "2024-05-10", 'Армения выполнила требования Азербайджана по делимитации границы.',
     [('CONCEDE', 'ARM', 'AZE', '2024-05-10', None)]),
]

# Rocket, mortar and artillery fire is ASSAULT
K11 = [
    ('ru', "2024-05-10", 'Азербайджан обстрелял армянские позиции на границе, заявило Минобороны Армении.',
     [('ASSAULT', 'AZE', 'ARM', '2024-05-10', None)]),
    ('ru', "2024-05-10", 'ХАМАС выпустил ракеты по Израилю.',
     [('ASSAULT', 'PSE', 'ISR', '2024-05-10', None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", K1 + K2 + K3 + K4 + K5 + K6 + K7 + K8 + K11)
def test_kind_is_found(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
