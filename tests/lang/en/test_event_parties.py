"""Who the parties of an event are: a set named before as the subject ("die drei Politiker"),
the visitors of a joint trip, and countries named beside the act (where someone came from, a
"since" phrase, what is paid from, what a meeting is about), an unqualified domestic office,
the addressee of a demand and a headline summons in the passive. Made-up sentences. Rows:
(lang, published, text, expected (type, source, target, date, venue)); a consultation's pair
is unordered."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    # A clause after the act telling what came before ('after ... encounter with Xi in Beijing') names no party nor the venue.
    ('en', '2025-03-21',
     "LONDON, March 21 - Prime Minister Keir Starmer welcomed Spanish Prime Minister Pedro Sánchez to Downing Street on Friday, after the Spanish leader's tense encounter with President Xi Jinping in Beijing.",
     [('CONSULT', 'ESP', 'GBR', '2025-03-21', 'London')]),
    # 'told reporters ... and urged Seoul to lift it': the capital named right after the demand is its target.
    ('en', '2025-03-21',
     'TOKYO, March 21 - Prime Minister Fumio Kishida told reporters on Friday that the ban had no basis and urged Seoul to lift it.',
     [('REQUEST', 'JPN', 'KOR', '2025-03-21', 'Tokyo')]),
    # A headline summons in the passive: the summoning country is the dateline's, the diplomat's country the target.
    ('en', '2025-03-21',
     "Russian chargé d'affaires summoned\n"
     "WARSAW, March 21 - The Russian chargé d'affaires was summoned to the foreign ministry on Friday.",
     [('ACCUSE', 'POL', 'RUS', '2025-03-21', 'Warsaw')]),
    # 'together with the Polish president': a companion of the subject asks too; it is not asked.
    ('en', '2025-03-21',
     "WARSAW, March 21 - Lithuania's president, together with the Polish president, urged Belarus to release the detained journalists.",
     [('REQUEST', 'LTU', 'BLR', '2025-03-21', None),
      ('REQUEST', 'POL', 'BLR', '2025-03-21', 'Warsaw')]),
]

test_event_parties = table(check_extracted, ROWS)
