"""Who the parties of an event are: a set named before as the subject ("die drei Politiker"),
the visitors of a joint trip, and countries named beside the act (where someone came from, a
"since" phrase, what is paid from, what a meeting is about), an unqualified domestic office,
the addressee of a demand and a headline summons in the passive. Made-up sentences. Rows:
(lang, published, text, expected (type, source, target, date, venue)); a consultation's pair
is unordered."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    # Three leaders travel together: each visits the host; 'die drei Politiker' are those three, each asks.
    ('de', '2025-03-21',
     'WIEN, 21. März (dpa) - Die Regierungschefs Spaniens, Portugals und Irlands sind am Freitag gemeinsam nach Wien gereist.\n'
     'Die drei Politiker forderten Ungarn auf, sein Veto gegen die Hilfen zurückzunehmen.',
     [('CONSULT', 'ESP', 'AUT', '2025-03-21', 'Vienna'),
      ('CONSULT', 'IRL', 'AUT', '2025-03-21', 'Vienna'),
      ('CONSULT', 'PRT', 'AUT', '2025-03-21', 'Vienna'),
      ('REQUEST', 'ESP', 'HUN', '2025-03-21', 'Vienna'),
      ('REQUEST', 'IRL', 'HUN', '2025-03-21', 'Vienna'),
      ('REQUEST', 'PRT', 'HUN', '2025-03-21', 'Vienna')]),
    # Where the visitor came from ('aus Polen') is no side of the visit.
    ('de', '2025-03-21',
     'KIEW, 21. März (dpa) - Der spanische Regierungschef ist am Freitag zu einem Besuch in der Ukraine eingetroffen. Nach einer Nachtfahrt aus Polen kam er am Morgen in Kiew an und traf dort den ukrainischen Präsidenten.',
     [('CONSULT', 'ESP', 'UKR', '2025-03-21', 'Kyiv')]),
    # A headline summons without its auxiliary is passive: the ministry's country summons, one event, not a reversed second.
    ('de', '2025-03-21',
     'Polnischer Botschafter ins spanische Außenministerium einbestellt\n'
     'MADRID, 21. März (dpa) - Der polnische Botschafter ist am Freitag vom spanischen Außenministerium einbestellt worden.',
     [('ACCUSE', 'ESP', 'POL', '2025-03-21', 'Madrid')]),
    # An unqualified domestic office ('Innenminister') acts for the dateline's country.
    ('de', '2025-03-21',
     'BERLIN, 21. März (dpa) - Innenminister Karl Berger warf Belarus Einmischung vor.',
     [('ACCUSE', 'DEU', 'BLR', '2025-03-21', 'Berlin')]),
    # Whom a demand is made to ('forderte Peking auf') is its target, not the country named in what is asked.
    ('de', '2025-03-21',
     'BERLIN, 21. März (dpa) - Außenministerin Annalena Baerbock forderte Peking auf, seinen Einfluss auf Moskau zu nutzen.',
     [('REQUEST', 'DEU', 'CHN', '2025-03-21', 'Berlin')]),
    # 'gemeinsam mit': the companion travels too; a day inside a 'seit' phrase is another event's.
    ('de', '2025-03-21',
     'MADRID, 21. März (dpa) - Bundeskanzler Olaf Scholz ist gemeinsam mit dem französischen Präsidenten Emmanuel Macron nach Madrid gereist. Es ist sein erster Besuch in Spanien seit seiner Wiederwahl am Dienstag.',
     [('CONSULT', 'DEU', 'ESP', '2025-03-21', 'Madrid'),
      ('CONSULT', 'FRA', 'ESP', '2025-03-21', 'Madrid')]),
]

test_event_parties = table(check_extracted, ROWS)
