"""Italian events of kinds the triggers learnt from lemmas (issue 13): offers and acceptances,
refusals, conditional threats, announced sanctions, aid, cooperation, support, concessions,
investigations, assaults and demands. Each sentence reports a real happening; the whole pipeline
must find exactly these events."""

import pytest

from ..event_rows import check_extracted

# Offers, readiness and acceptances are AGREE
K1 = [
    ('it', "2024-05-10", 'Il Vaticano si è offerto di mediare tra Russia e Ucraina.',
     [('AGREE', 'VAT', 'RUS', '2024-05-10', None), ('AGREE', 'VAT', 'UKR', '2024-05-10', None)]),
    ('it', "2024-05-10", "La Serbia ha accettato la proposta dell'Unione europea sul Kosovo.",
     [('AGREE', 'SRB', 'EU', '2024-05-10', None)]),
]

# Refusals and failures to agree are REJECT
K2 = [
    ('it', "2024-05-10", "L'Ungheria si è rifiutata di firmare la dichiarazione dell'Unione europea sulla Cina.",
     [('REJECT', 'HUN', 'EU', '2024-05-10', None)]),
    ('it', "2024-05-10", 'Israele e Hamas non hanno raggiunto un accordo sulla tregua al Cairo.',
     [('REJECT', 'ISR', 'PSE', '2024-05-10', None)]),
    ('it', "2024-05-10", 'La Polonia non accetterà migranti dalla Bielorussia, ha detto il ministro.',
     [('REJECT', 'POL', 'BLR', '2024-05-10', None)]),
]

# Acts promised on a condition, and vows to fight, are THREATEN
K3 = [
    ('it', "2024-05-10", "La Turchia ha minacciato di bloccare l'ingresso della Svezia nella NATO.",
     [('THREATEN', 'TUR', 'SWE', '2024-05-10', None)]),
    ('it', "2024-05-10", "L'Ungheria porrà il veto agli aiuti dell'Unione europea all'Ucraina a meno che non vengano sbloccati i fondi.",
     [('THREATEN', 'HUN', 'EU', '2024-05-10', None)]),
]

# Sanctions announced as decided are SANCTION
K4 = [
    ('it', "2024-05-10", "L'Italia ha sospeso i voli verso Israele.",
     [('SANCTION', 'ITA', 'ISR', '2024-05-10', None)]),
    ('it', "2024-05-10", "L'Unione europea ha imposto sanzioni alla Bielorussia.",
     [('SANCTION', 'EU', 'BLR', '2024-05-10', None)]),
]

# Aid handed over, sent or continued is AID
K5 = [
    ('it', "2024-05-10", "L'Italia ha inviato farmaci in Libia dopo l'alluvione di Derna.",
     [('AID', 'ITA', 'LBY', '2024-05-10', None)]),
    ('it', "2024-05-10", "La Germania ha fornito munizioni all'Ucraina.",
     [('AID', 'DEU', 'UKR', '2024-05-10', None)]),
]

# Shared intelligence, joint exercises and extraditions are COOPERATE
K6 = [
    ('it', "2024-05-10", "L'Italia e la Francia hanno condiviso informazioni sui flussi migratori.",
     [('COOPERATE', 'ITA', 'FRA', '2024-05-10', None)]),
    ('it', "2024-05-10", 'La Russia e la Cina hanno avviato esercitazioni navali congiunte nel Mar del Giappone.',
     [('COOPERATE', 'RUS', 'CHN', '2024-05-10', None)]),
]

# Upgraded ties, welcomed statements and defence against criticism are SUPPORT
K7 = [
    ('it', "2024-05-10", "L'Italia ha accolto con favore la decisione della Tunisia sui migranti.",
     [('SUPPORT', 'ITA', 'TUN', '2024-05-10', None)]),
    ('it', "2024-05-10", "La Francia ha difeso l'Ucraina dalle critiche dell'Ungheria.",
     [('SUPPORT', 'FRA', 'UKR', '2024-05-10', None)]),
]

# Concessions: yielding to demands, recognising an opponent's victory, lifting restrictions are CONCEDE; reopened crossings and admitted observers are RETREAT
K8 = [
    ('it', "2024-05-10", 'La Serbia ha riaperto il valico con il Kosovo.',
     [('RETREAT', 'SRB', 'XKX', '2024-05-10', None)]),
    ('it', "2024-05-10", 'La Tunisia ha revocato le restrizioni sui migranti dalla Libia.',
     [('CONCEDE', 'TUN', 'LBY', '2024-05-10', None)]),
]

# Rocket, mortar and artillery fire is ASSAULT
K11 = [
    ('it', "2024-05-10", 'Hezbollah ha lanciato razzi contro Israele domenica.',
     [('ASSAULT', 'LBN', 'ISR', '2024-05-05', None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", K1 + K2 + K3 + K4 + K5 + K6 + K7 + K8 + K11)
def test_kind_is_found(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
