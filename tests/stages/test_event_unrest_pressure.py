"""Acts a user expects from news of unrest at home and of pressure between states, in the supported
languages: a general strike (PROTEST of one country on both sides), police using tear gas
or water cannon (COERCE, with the crowd's protest), a minister resigning (RETREAT) and prosecutors
charging one (ACCUSE); an accusation given as the reason of a recall (ACCUSE beside the recall);
economic pressure not named sanctions (a country struck from a list of trusted trading partners,
export controls tightened, all trade halted: SANCTION); a liaison office blown up (COERCE). Each
row: (lang, published, text, events that must be found as (type, source, target, date))."""

from __future__ import annotations

import pytest

from tests.lang.event_rows import extracted_events

ROWS = [
    # A minister named by title only, after the country's name, resigns: the state's own affair.
    ('en', '2023-03-10', "LISBON, March 10 - Portugal's infrastructure minister resigned on Thursday.",
     [('RETREAT', 'PRT', 'PRT', '2023-03-09')]),
    ('en', '2023-03-12',
     'ALGIERS, March 12 - Algeria recalled its ambassador to France on Saturday, citing months of repeated accusations and unfounded attacks by French leaders.',
     [('SANCTION', 'DZA', 'FRA', '2023-03-11'), ('ACCUSE', 'DZA', 'FRA', '2023-03-11')]),
    ('en', '2023-03-14',
     'Japan removed South Korea from its list of trusted trading partners on Monday.',
     [('SANCTION', 'JPN', 'KOR', '2023-03-13')]),
    ('en', '2023-03-14',
     'China tightened export controls on rare earth materials to the United States on Monday.',
     [('SANCTION', 'CHN', 'USA', '2023-03-13')]),
    ('en', '2023-03-14',
     'Japan restored South Korea to its list of trusted trading partners on Monday.',
     [('RETREAT', 'JPN', 'KOR', '2023-03-13')]),
    ('el', '2023-03-14',
     'Η αστυνομία έκανε χρήση χημικών και χειροβομβίδων κρότου λάμψης κατά των διαδηλωτών έξω από τη Βουλή στην Αθήνα την Τετάρτη.',
     [('COERCE', 'GRC', 'GRC', '2023-03-08')]),
    ('el', '2023-03-14',
     'Η Αλγερία ανακάλεσε το Σάββατο τον πρέσβη της στη Γαλλία, επικαλούμενη μήνες επαναλαμβανόμενων κατηγοριών από Γάλλους ηγέτες.',
     [('SANCTION', 'DZA', 'FRA', '2023-03-11'), ('ACCUSE', 'DZA', 'FRA', '2023-03-11')]),
    ('el', '2023-03-14',
     'Το Ιράν διέκοψε τις διπλωματικές σχέσεις με τη Σαουδική Αραβία την Κυριακή, κατηγορώντας το βασίλειο για εχθρικές ενέργειες.',
     [('SANCTION', 'IRN', 'SAU', '2023-03-12'), ('ACCUSE', 'IRN', 'SAU', '2023-03-12')]),
    ('el', '2023-03-14',
     'Η Ιαπωνία αφαίρεσε τη Νότια Κορέα από τη λίστα των αξιόπιστων εμπορικών εταίρων της τη Δευτέρα.',
     [('SANCTION', 'JPN', 'KOR', '2023-03-13')]),
    ('el', '2023-03-14',
     'Η Κίνα αυστηροποίησε τη Δευτέρα τους ελέγχους εξαγωγών σπάνιων γαιών προς τις Ηνωμένες Πολιτείες.',
     [('SANCTION', 'CHN', 'USA', '2023-03-13')]),
    ('el', '2023-03-14',
     'Η Βόρεια Κορέα ανατίναξε τη Δευτέρα το γραφείο διασύνδεσης με τη Νότια Κορέα στην Κεσόνγκ.',
     [('COERCE', 'PRK', 'KOR', '2023-03-13')]),
    ('ro', '2023-03-14',
     'Japonia a eliminat luni Coreea de Sud de pe lista partenerilor comerciali de încredere.',
     [('SANCTION', 'JPN', 'KOR', '2023-03-13')]),
    ('ro', '2023-03-14',
     'Coreea de Nord a aruncat în aer luni biroul de legătură cu Coreea de Sud de la Kaesong.',
     [('COERCE', 'PRK', 'KOR', '2023-03-13')]),
    ('ka', '2023-03-14',
     'საქართველოს ეკონომიკის მინისტრი ხუთშაბათს გადადგა, მას შემდეგ რაც პროკურატურამ მას ბრალი წაუყენა.',
     [('RETREAT', 'GEO', 'GEO', '2023-03-09'), ('ACCUSE', 'GEO', 'GEO', '2023-03-09')]),
    ('ka', '2023-03-14',
     'ალჟირმა შაბათს საფრანგეთიდან ელჩი გაიწვია, ფრანგი ლიდერების განმეორებითი ბრალდებების გამო.',
     [('SANCTION', 'DZA', 'FRA', '2023-03-11'), ('ACCUSE', 'DZA', 'FRA', '2023-03-11')]),
    ('ka', '2023-03-14',
     'იაპონიამ ორშაბათს სამხრეთ კორეა ამოიღო სანდო სავაჭრო პარტნიორების სიიდან.',
     [('SANCTION', 'JPN', 'KOR', '2023-03-13')]),
    ('pt', '2023-03-14',
     'A polícia de choque usou gás lacrimogéneo e granadas de atordoamento contra os manifestantes em frente ao parlamento em Lisboa na quarta-feira.',
     [('COERCE', 'PRT', 'PRT', '2023-03-08')]),
    ('pt', '2023-03-14',
     'O Japão retirou na segunda-feira a Coreia do Sul da lista de parceiros comerciais de confiança.',
     [('SANCTION', 'JPN', 'KOR', '2023-03-13')]),
    ('pt', '2023-03-14',
     'A China reforçou na segunda-feira os controlos de exportação de terras raras para os Estados Unidos.',
     [('SANCTION', 'CHN', 'USA', '2023-03-13')]),
    ('pt', '2023-03-14',
     'A Coreia do Norte fez explodir na segunda-feira o gabinete de ligação com a Coreia do Sul em Kaesong.',
     [('COERCE', 'PRK', 'KOR', '2023-03-13')]),
    ('tr', '2023-03-14',
     "Japonya, pazartesi günü Güney Kore'yi güvenilir ticaret ortakları listesinden çıkardı.",
     [('SANCTION', 'JPN', 'KOR', '2023-03-13')]),
    ('tr', '2023-03-14',
     "Çin, pazartesi günü ABD'ye nadir toprak elementi ihracatına yönelik kontrolleri sıkılaştırdı.",
     [('SANCTION', 'CHN', 'USA', '2023-03-13')]),
    ('tr', '2023-03-14',
     "Kuzey Kore, pazartesi günü Kaesong'daki Güney Kore ile irtibat ofisini havaya uçurdu.",
     [('COERCE', 'PRK', 'KOR', '2023-03-13')]),
    ('it', '2023-03-14',
     "L'Algeria ha richiamato sabato il suo ambasciatore in Francia, citando mesi di accuse ripetute da parte dei leader francesi.",
     [('SANCTION', 'DZA', 'FRA', '2023-03-11'), ('ACCUSE', 'DZA', 'FRA', '2023-03-11')]),
    ('it', '2023-03-14',
     'Il Giappone ha rimosso lunedì la Corea del Sud dalla lista dei partner commerciali affidabili.',
     [('SANCTION', 'JPN', 'KOR', '2023-03-13')]),
    ('it', '2023-03-14',
     'La Cina ha inasprito lunedì i controlli sulle esportazioni di terre rare verso gli Stati Uniti.',
     [('SANCTION', 'CHN', 'USA', '2023-03-13')]),
    ('it', '2023-03-14',
     "La Corea del Nord ha fatto saltare in aria lunedì l'ufficio di collegamento con la Corea del Sud a Kaesong.",
     [('COERCE', 'PRK', 'KOR', '2023-03-13')]),
    ('fa', '2023-03-14',
     'ژاپن روز دوشنبه کره جنوبی را از فهرست شرکای تجاری قابل اعتماد خود حذف کرد.',
     [('SANCTION', 'JPN', 'KOR', '2023-03-13')]),
    ('fa', '2023-03-14',
     'چین روز دوشنبه کنترل صادرات عناصر خاکی کمیاب به ایالات متحده را تشدید کرد.',
     [('SANCTION', 'CHN', 'USA', '2023-03-13')]),
    ('fa', '2023-03-14',
     'کره شمالی روز دوشنبه دفتر ارتباط با کره جنوبی را در کائسونگ منفجر کرد.',
     [('COERCE', 'PRK', 'KOR', '2023-03-13')]),
    ('ar', '2023-03-14',
     'استخدمت شرطة مكافحة الشغب الغاز المسيل للدموع ضد المتظاهرين أمام البرلمان في بغداد يوم الأربعاء.',
     [('COERCE', 'IRQ', 'IRQ', '2023-03-08')]),
    ('ar', '2023-03-14',
     'شطبت اليابان يوم الاثنين كوريا الجنوبية من قائمة الشركاء التجاريين الموثوقين.',
     [('SANCTION', 'JPN', 'KOR', '2023-03-13')]),
    ('ar', '2023-03-14',
     'شددت الصين يوم الاثنين القيود على تصدير المعادن النادرة إلى الولايات المتحدة.',
     [('SANCTION', 'CHN', 'USA', '2023-03-13')]),
    ('ar', '2023-03-14',
     'فجرت كوريا الشمالية يوم الاثنين مكتب الاتصال مع كوريا الجنوبية في كايسونغ.',
     [('COERCE', 'PRK', 'KOR', '2023-03-13')]),
    ('cs', '2023-03-14',
     'Tisíce zaměstnanců se ve středu v celém Česku zapojily do generální stávky proti novému zákoníku práce.',
     [('PROTEST', 'CZE', 'CZE', '2023-03-08')]),
    ('cs', '2023-03-14',
     'Policie ve středu v Praze použila proti demonstrantům před parlamentem slzný plyn a vodní dělo.',
     [('COERCE', 'CZE', 'CZE', '2023-03-08')]),
    ('cs', '2023-03-14',
     'Učitelé v Česku v pondělí vstoupili do stávky a požadovali zvýšení platů o 25 procent.',
     [('PROTEST', 'CZE', 'CZE', '2023-03-13'), ('REQUEST', 'CZE', 'CZE', '2023-03-13')]),
    ('cs', '2023-03-14',
     'Japonsko v pondělí vyřadilo Jižní Koreu ze seznamu důvěryhodných obchodních partnerů.',
     [('SANCTION', 'JPN', 'KOR', '2023-03-13')]),
    ('cs', '2023-03-14',
     'Čína v pondělí zpřísnila kontroly vývozu vzácných zemin do Spojených států.',
     [('SANCTION', 'CHN', 'USA', '2023-03-13')]),
    ('cs', '2023-03-14',
     'Severní Korea v pondělí vyhodila do povětří styčný úřad s Jižní Koreou v Kesongu.',
     [('COERCE', 'PRK', 'KOR', '2023-03-13')]),
    ('ko', '2023-03-14',
     '경찰은 수요일 서울 국회 앞에서 시위대에 최루탄과 물대포를 사용했다.',
     [('COERCE', 'KOR', 'KOR', '2023-03-08')]),
    ('ko', '2023-03-14',
     '일본은 월요일 한국을 화이트리스트에서 제외했다.',
     [('SANCTION', 'JPN', 'KOR', '2023-03-13')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS, ids=[f"{r[0]}-{i}" for i, r in enumerate(ROWS)])
def test_events_found(lang: str, published: str, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    found = {event[:4] for event in extracted_events(lang, published, text)}
    assert set(expected) <= found


RESIGNATIONS = [
    ("en", "LISBON, March 10 - Portugal's infrastructure minister resigned on Friday.", "PRT", "Lisbon"),
    ("ro", "BUCUREȘTI, 10 martie - Ministrul român al Transporturilor a demisionat vineri.", "ROU", "Bucharest"),
    ("it", "ROMA, 10 marzo - Il ministro italiano delle Infrastrutture si è dimesso venerdì.", "ITA", "Rome"),
    ("pt", "LISBOA, 10 mar - O ministro português das Infraestruturas demitiu-se na sexta-feira.", "PRT", "Lisbon"),
    ("cs", "PRAHA - Český ministr dopravy v pátek rezignoval.", "CZE", "Prague"),
    ("el", "ΑΘΗΝΑ - Ο υπουργός Υποδομών της Ελλάδας παραιτήθηκε την Παρασκευή.", "GRC", "Athens"),
]


@pytest.mark.parametrize("lang,text,country,seat", RESIGNATIONS, ids=[r[0] for r in RESIGNATIONS])
def test_minister_named_by_title_resigns_at_home(lang: str, text: str, country: str, seat: str) -> None:
    # An official named only by title beside the country's name resigns: the country's own affair,
    # handed in at the dateline's seat of government on the day told.
    assert ("RETREAT", country, country, "2023-03-10", seat) in extracted_events(lang, "2023-03-10", text)


def test_country_with_title_does_not_act_alone_otherwise() -> None:
    # Only an official's own step is taken alone: a demand of a minister named by title is no domestic act.
    events = extracted_events("en", "2023-03-10", "BERLIN, March 10 - Germany's foreign minister called for restraint on Friday.")
    assert not any(e[1] == e[2] == "DEU" for e in events)


REFUSALS = [
    ("en", "Russia on Tuesday rejected the accusations made by Estonia and called them unacceptable."),
    ("el", "Η Ρωσία απέρριψε την Τρίτη τις κατηγορίες της Εσθονίας, χαρακτηρίζοντάς τες απαράδεκτες."),
    ("ro", "Rusia a respins marți acuzațiile Estoniei, calificându-le drept inacceptabile."),
    ("tr", "Rusya, salı günü Estonya'nın suçlamalarını reddetti ve kabul edilemez olarak nitelendirdi."),
    ("cs", "Rusko v úterý odmítlo obvinění Estonska a označilo je za nepřijatelná."),
]


@pytest.mark.parametrize("lang,text", REFUSALS, ids=[r[0] for r in REFUSALS])
def test_accusations_called_unacceptable_are_rejected(lang: str, text: str) -> None:
    # Calling the other side's accusations unacceptable turns them down: a rejection, no accusation of one's own.
    found = {e[:4] for e in extracted_events(lang, "2023-03-14", text)}
    assert found == {("REJECT", "RUS", "EST", "2023-03-14")}
