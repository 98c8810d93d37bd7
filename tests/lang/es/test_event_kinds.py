"""Spanish events of kinds the triggers learnt from lemmas (issue 13): offers and acceptances,
refusals, conditional threats, announced sanctions, aid, cooperation, support, concessions,
investigations, assaults and demands. Each sentence reports a real happening; the whole pipeline
must find exactly these events."""

import pytest

from ..event_rows import check_extracted

# Offers, readiness and acceptances are AGREE
K1 = [
    ('es', "2024-05-10", 'Venezuela está dispuesta a reanudar el diálogo con Colombia, dijo el canciller.',
     [('AGREE', 'VEN', 'COL', '2024-05-10', None)]),
    ('es', "2024-05-10", 'México se ofreció a mediar entre Estados Unidos y Venezuela.',
     [('AGREE', 'MEX', 'USA', '2024-05-10', None), ('AGREE', 'MEX', 'VEN', '2024-05-10', None)]),
    ('es', "2024-05-10", 'Colombia aceptó la propuesta de Brasil de mediar con Venezuela.',
     [('AGREE', 'COL', 'BRA', '2024-05-10', None)]),
]

# Refusals and failures to agree are REJECT
K2 = [
    ('es', "2024-05-10", 'Hungría se negó a firmar la declaración de la Unión Europea sobre China.',
     [('REJECT', 'HUN', 'EU', '2024-05-10', None)]),
    ('es', "2024-05-10", 'Armenia y Azerbaiyán no lograron un acuerdo sobre la frontera en Washington.',
     [('REJECT', 'ARM', 'AZE', '2024-05-10', None)]),
    ('es', "2024-05-10", 'Polonia no aceptará migrantes de Bielorrusia, dijo el ministro.',
     [('REJECT', 'POL', 'BLR', '2024-05-10', None)]),
    ('es', "2024-05-10", 'Colombia descartó romper relaciones con Venezuela.',
     [('REJECT', 'COL', 'VEN', '2024-05-10', None)]),
]

# Acts promised on a condition, and vows to fight, are THREATEN
K3 = [
    ('es', "2024-05-10", 'Venezuela amenazó con romper relaciones con Argentina.',
     [('THREATEN', 'VEN', 'ARG', '2024-05-10', None)]),
    ('es', "2024-05-10", 'Hungría vetará la ayuda de la Unión Europea a Ucrania a menos que se liberen los fondos congelados.',
     [('THREATEN', 'HUN', 'EU', '2024-05-10', None)]),
]

# Sanctions announced as decided are SANCTION
K4 = [
    ('es', "2024-05-10", 'Argentina anunció la suspensión de los vuelos a Venezuela.',
     [('SANCTION', 'ARG', 'VEN', '2024-05-10', None)]),
    ('es', "2024-05-10", 'Perú negó la entrada a ciudadanos venezolanos.',
     [('SANCTION', 'PER', 'VEN', '2024-05-10', None)]),
]

# Aid handed over, sent or continued is AID
K5 = [
    ('es', "2024-05-10", 'México envió medicamentos a Cuba tras el huracán.',
     [('AID', 'MEX', 'CUB', '2024-05-10', None)]),
    ('es', "2024-05-10", 'Chile envió rescatistas a Turquía tras el terremoto.',
     [('AID', 'CHL', 'TUR', '2024-05-10', None)]),
]

# Shared intelligence, joint exercises and extraditions are COOPERATE
K6 = [
    ('es', "2024-05-10", 'Colombia y Estados Unidos compartieron información de inteligencia sobre el narcotráfico.',
     [('COOPERATE', 'COL', 'USA', '2024-05-10', None)]),
    ('es', "2024-05-10", 'Colombia extraditó a Estados Unidos al jefe del Clan del Golfo.',
     [('COOPERATE', 'COL', 'USA', '2024-05-10', None)]),
]

# Upgraded ties, welcomed statements and defence against criticism are SUPPORT
K7 = [
    ('es', "2024-05-10", 'México acogió con satisfacción el anuncio de Estados Unidos sobre Cuba.',
     [('SUPPORT', 'MEX', 'USA', '2024-05-10', None)]),
    ('es', "2024-05-10", 'Cuba y Estados Unidos elevaron sus relaciones a nivel de embajadores.',
     [('SUPPORT', 'CUB', 'USA', '2024-05-10', None)]),
]

# Concessions: yielding to demands, recognising an opponent's victory, lifting restrictions are CONCEDE; reopened crossings and admitted observers are RETREAT
K8 = [
    ('es', "2024-05-10", 'Venezuela levantó las restricciones a los vuelos de Panamá.',
     [('CONCEDE', 'VEN', 'PAN', '2024-05-10', None)]),
    ('es', "2024-05-10", 'Venezuela reabrió la frontera con Colombia.',
     [('RETREAT', 'VEN', 'COL', '2024-05-10', None)]),
]

# Rocket, mortar and artillery fire is ASSAULT
K11 = [
    ('es', "2024-05-10", 'Hezbolá lanzó cohetes contra Israel el domingo.',
     [('ASSAULT', 'LBN', 'ISR', '2024-05-05', None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", K1 + K2 + K3 + K4 + K5 + K6 + K7 + K8 + K11)
def test_kind_is_found(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
