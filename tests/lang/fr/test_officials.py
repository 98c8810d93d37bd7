"""Officials in fr: (lang, text, expected people) rows."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("fr", "Le ministre belge des Affaires étrangères, Maxime Prévot, a reçu son homologue.",
     [("Maxime Prévot", "foreign minister", "BEL")]),
    ("fr", "Il a rencontré Hakan Fidan, ministre des Affaires étrangères de la Turquie.",
     [("Hakan Fidan", "foreign minister", "TUR")]),
    ("fr", "À l'issue d'un entretien avec son homologue arménien, Aram Petrosyan, le ministre a salué les progrès.",
     [("Aram Petrosyan", "counterpart", "ARM")]),
    ("fr", "Le ministre de l'Économie Bruno Lemaire a reçu son homologue kazakh, Serik Joumanguarine.",
     [("Bruno Lemaire", "economy minister", None), ("Serik Joumanguarine", "counterpart", "KAZ")]),
    ("fr", "Le maire de Lyon Grégory Doucet et la sénatrice Anne Moreau ont visité Almaty.",
     [("Grégory Doucet", "mayor", None), ("Anne Moreau", "senator", None)]),
    ('fr', "Le président sénégalais Amadou Ndiaye, en tournée en Europe, s'est exprimé devant la presse.",
     [('Amadou Ndiaye', 'president', 'SEN')]),
    ('fr', 'Le Premier ministre ivoirien Koffi Yao, attendu à Bruxelles, a annulé son voyage.',
     [('Koffi Yao', 'prime minister', 'CIV')]),
    # A union leader named after the union's acronym; an opposition figure.
    ('fr', 'Le secrétaire général de la CGT Philippe Martinez a appelé à une nouvelle grève.',
     [('Philippe Martinez', 'union leader', 'FRA')]),
    ('fr', 'Le leader syndical Laurent Berger a dénoncé la réforme.',
     [('Laurent Berger', 'union leader', None)]),
    ('fr', 'Le chef de la diplomatie européenne Josep Borrell a appelé à la retenue.',
     [('Josep Borrell', 'high representative', 'EU')]),
    # A rank between a junta's title and the name ("le général") is neither.
    ("fr", "Le chef de la junte, le général Amadou Korsi, a reçu l'ambassadeur de Russie à Niamey.",
     [("Amadou Korsi", "head of state", None)]),
    # People outside the state: a judge.
    ("fr", "Le juge d'instruction Marc Quillon a entendu l'ancien ministre à Paris.",
     [('Marc Quillon', 'judge', None)]),
    # A junta's leader heads the state.
    ("fr", "Le dirigeant de la junte Amadou Korsi a reçu l'ambassadeur de Russie à Niamey.",
     [('Amadou Korsi', 'head of state', None)]),
]


test_officials = table(check_officials, ROWS)
