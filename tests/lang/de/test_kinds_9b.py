"""German event kinds: a threat made as a negative condition, a vow of retaliation, police dissolving a
demonstration (the protest is reported too), a passive summons of the nuncio (the Holy See), the
pluperfect with an earlier month as background (not with a same-day phrase), concern as criticism, an
envoy announced as an intent, a fronted reference before the act it answers, aid named in what a sanction waits for (no aid). Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ("de", "2024-03-05",
     'Falls Ungarn seine Zusagen nicht einhält, wird Österreich das Abkommen nicht ratifizieren, sagte der österreichische Kanzler am Montag.',
     [('THREATEN', 'AUT', 'HUN', '2024-03-04', None)]),
    ("de", "2024-03-05",
     'Russland kündigte am Montag Vergeltung für die Ausweisung seiner Diplomaten aus Estland an.',
     [('THREATEN', 'RUS', 'EST', '2024-03-04', None)]),
    ("de", "2024-03-05",
     'Die Polizei löste am Montag in Berlin eine Demonstration gegen die Sparpläne der Regierung auf.',
     [('COERCE', 'DEU', 'DEU', '2024-03-04', 'Berlin'), ('PROTEST', 'DEU', 'DEU', '2024-03-04', 'Berlin')]),
    ("de", "2024-03-05",
     'Der Apostolische Nuntius wurde am Montag ins Auswärtige Amt in Berlin einbestellt.',
     [('ACCUSE', 'DEU', 'VAT', '2024-03-04', 'Berlin')]),
    ("de", "2024-03-05",
     'Bereits im Dezember hatte die Bundesregierung zwei russische Diplomaten ausgewiesen.',
     []),
    ("de", "2024-03-05",
     'Die Bundesregierung äußerte am Montag Besorgnis über das neue Mediengesetz in Georgien.',
     [('ACCUSE', 'DEU', 'GEO', '2024-03-04', None)]),
    ("de", "2024-03-05",
     'China wird nach Angaben aus Peking einen Sondergesandten in die Ukraine entsenden.',
     [('AGREE', 'CHN', 'UKR', '2024-03-05', None)]),
    ("de", "2024-03-05",
     'Als Reaktion auf die Ausweisung seiner Diplomaten wies Russland am Montag vier deutsche Diplomaten aus.',
     [('SANCTION', 'RUS', 'DEU', '2024-03-04', None)]),
    ("de", "2024-05-02",
     "Die Türkei stoppte am Donnerstag den Handel mit Israel, bis die israelische Regierung humanitäre Hilfe für Gaza zulässt.",
     [('SANCTION', 'TUR', 'ISR', '2024-05-02', None)]),
]

test_kinds_9b = table(check_extracted, ROWS)
