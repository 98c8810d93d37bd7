"""Who the parties of an event are: a set named before as the subject ("die drei Politiker"),
the visitors of a joint trip, and countries named beside the act (where someone came from, a
"since" phrase, what is paid from, what a meeting is about), an unqualified domestic office,
the addressee of a demand and a headline summons in the passive. Made-up sentences. Rows:
(lang, published, text, expected (type, source, target, date, venue)); a consultation's pair
is unordered."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    # A capital in the dative before the call ('Pekin'e') is whom it is made to, not 'Moskova' inside it.
    ('tr', '2025-03-21',
     "ANKARA (AA) - Cumhurbaşkanı Erdoğan, Pekin'e Moskova üzerindeki etkisini kullanma çağrısında bulundu.",
     [('REQUEST', 'TUR', 'CHN', '2025-03-21', 'Ankara')]),
    # A three-way meeting: each guest with the host and with each other; 'Libya konulu', 'Moskova formatındaki' name no party.
    ('tr', '2025-03-21',
     "TAHRAN, 21 Mart (AA) - Cumhurbaşkanı Recep Tayyip Erdoğan, Rusya Devlet Başkanı Vladimir Putin ve İran Cumhurbaşkanı, Libya konulu Moskova formatındaki üçlü zirvede bugün Tahran'da bir araya geldi.",
     [('CONSULT', 'RUS', 'IRN', '2025-03-21', 'Tehran'),
      ('CONSULT', 'TUR', 'IRN', '2025-03-21', 'Tehran'),
      ('CONSULT', 'TUR', 'RUS', '2025-03-21', 'Tehran')]),
    # An unqualified 'İçişleri Bakanı' acts for the dateline's country.
    ('tr', '2025-03-21',
     "ANKARA (AA) - İçişleri Bakanı Ali Yerlikaya, İran'ı iç işlerine karışmakla suçladı.",
     [('ACCUSE', 'TUR', 'IRN', '2025-03-21', 'Ankara')]),
]

test_event_parties = table(check_extracted, ROWS)
