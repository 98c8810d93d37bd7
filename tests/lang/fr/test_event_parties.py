"""Who the parties of an event are: a set named before as the subject ("die drei Politiker"),
the visitors of a joint trip, and countries named beside the act (where someone came from, a
"since" phrase, what is paid from, what a meeting is about), an unqualified domestic office,
the addressee of a demand and a headline summons in the passive. Made-up sentences. Rows:
(lang, published, text, expected (type, source, target, date, venue)); a consultation's pair
is unordered."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    # 'Les deux dirigeants' are the two named together before: each asks.
    ('fr', '2025-03-21',
     'MADRID, 21 mars (AFP) - Le président portugais Marcelo Rebelo de Sousa et le Premier ministre irlandais Micheál Martin ont rencontré vendredi à Madrid le chef du gouvernement espagnol Pedro Sánchez.\n'
     'Les deux dirigeants ont appelé la Hongrie à lever son veto.',
     [('CONSULT', 'IRL', 'ESP', '2025-03-21', 'Madrid'),
      ('CONSULT', 'PRT', 'ESP', '2025-03-21', 'Madrid'),
      ('CONSULT', 'PRT', 'IRL', '2025-03-21', 'Madrid'),
      ('REQUEST', 'IRL', 'HUN', '2025-03-21', 'Madrid'),
      ('REQUEST', 'PRT', 'HUN', '2025-03-21', 'Madrid')]),
    # An unqualified 'ministre de l'Intérieur' acts for the dateline's country.
    ('fr', '2025-03-21',
     "PARIS, 21 mars (AFP) - Le ministre de l'Intérieur Paul Martin a accusé vendredi la Biélorussie d'ingérence.",
     [('ACCUSE', 'FRA', 'BLR', '2025-03-21', 'Paris')]),
    # 'a demandé à Ankara de peser sur Téhéran': the capital after 'à' is whom the demand is made to.
    ('fr', '2025-03-21',
     'PARIS, 21 mars (AFP) - Le président Emmanuel Macron a demandé à Ankara de peser sur Téhéran.',
     [('REQUEST', 'FRA', 'TUR', '2025-03-21', 'Paris')]),
]

test_event_parties = table(check_extracted, ROWS)
