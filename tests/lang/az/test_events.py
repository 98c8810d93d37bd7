"""Azerbaijani events: (lang, published, text, entities, expected) rows."""

import pytest

from ..table import table
from ..event_rows import check_extracted, check_events, run_events

AZE = ("country", "AZE", ["Azərbaycan"])
UZB = ("country", "UZB", ["Özbəkistan"])
GEO = ("country", "GEO", ["Gürcüstan"])
TASHKENT = ("place", "Tashkent:UZB:1512569", ["Daşkənd"])
MINISTER = ("person", "AZE", ["Ceyhun Bayramov"])

ROWS = [
    ("az", "2024-06-14",
     "Azərbaycan və Özbəkistan xarici işlər nazirliklərinin nümayəndələri iyunun 12-də Daşkənddə "
     "siyasi məsləhətləşmələrin üçüncü raundunu keçiriblər. Tərəflər nəqliyyat və enerji sahələrində "
     "əməkdaşlığı müzakirə ediblər.",
     [AZE, UZB, TASHKENT],
     [("CONSULT", "AZE", "UZB", "2024-06-12")]),
    ("az", "2024-06-14",
     "Azərbaycan və Gürcüstan nazirləri dünən telefonla danışıblar.",
     [AZE, GEO],
     [("CONSULT", "AZE", "GEO", "2024-06-13")]),
    ("az", "2024-06-14",
     "Ceyhun Bayramov gələn ay Özbəkistana səfər etməyi planlaşdırır.",
     # A visit planned is an intent to visit, on the report's day (announced.py).
     [MINISTER, UZB], [("AGREE", "AZE", "UZB", "2024-06-14")]),
    ("az", "2024-06-14",
     "Azərbaycan ilə Gürcüstan arasında ticarət dövriyyəsi 2023-cü ildə 12 faiz artıb.",
     [AZE, GEO], []),
    ("az", "2024-06-14",
     "Ceyhun Bayramov Özbəkistan nümayəndəsi ilə görüşmədi.",
     [MINISTER, UZB], []),
]


test_events = table(check_events, ROWS)


def test_consultation_round_place_and_topics():
    lang, published, text, entities, _ = ROWS[0]
    (event,) = run_events(lang, published, text, entities).events
    assert event.round == 3
    assert event.location is not None and event.location.name == "Tashkent"
    assert event.mode == "visit" and event.source.code == "AZE"
    assert {"transport", "energy"} <= set(event.topics)


RUS = ("country", "RUS", ["Rusiya"])
FIN = ("country", "FIN", ["Finlandiya"])
TBILISI = ("place", "Tbilisi:GEO:611717", ["Tbilisi"])
KOBAKHIDZE = ("person", "GEO", ["İrakli Kobaxidze", "Kobaxidze"])

MORE_ROWS = [
    ("az", "2024-06-14", "Ceyhun Bayramov iyunun 11-də rəsmi səfərlə Tbilisiyə gəlib.",
     [MINISTER, TBILISI], [("CONSULT", "AZE", "GEO", "2024-06-11")]),
    ("az", "2024-06-14", "Ceyhun Bayramov iyunun 12-də İrakli Kobaxidze ilə görüşüb.",
     [MINISTER, KOBAKHIDZE], [("CONSULT", "AZE", "GEO", "2024-06-12")]),
    ("az", "2024-06-14", "Azərbaycan və Gürcüstan arasında iyunun 12-də nəqliyyat sahəsində memorandum imzalanıb.",
     [AZE, GEO], [("SUPPORT", "AZE", "GEO", "2024-06-12")]),
    ("az", "2024-06-14", "Rusiya Finlandiyanın qərarına cavab veriləcəyini bildirib.",
     [RUS, FIN], [("THREATEN", "RUS", "FIN", "2024-06-14")]),
    ("az", "2024-06-14", "Azərbaycan Özbəkistanın səfirini nazirliyə çağırıb.",
     [AZE, UZB], [("ACCUSE", "AZE", "UZB", "2024-06-14")]),
    # Negatives: a past year, a plan.
    ("az", "2024-06-14", "Azərbaycan və Gürcüstan 2019-cu ildə oxşar memorandum imzalayıblar.", [AZE, GEO], []),
    ("az", "2024-06-14", "Ceyhun Bayramov növbəti ay Gürcüstana səfər edəcək.", [MINISTER, GEO],
     [("AGREE", "AZE", "GEO", "2024-06-14")]),   # a planned visit is an intention (gold README)
]


test_more_events = table(check_events, MORE_ROWS)


def test_visit_to_a_city_is_located_there():
    (event,) = run_events(*MORE_ROWS[0][:4]).events
    assert event.mode == "visit" and event.location is not None and event.location.name == "Tbilisi"


def test_without_publication_the_date_comes_from_the_text_with_lower_confidence():
    text = ("Azərbaycan və Özbəkistan xarici işlər nazirliklərinin nümayəndələri noyabrın 7-də Daşkənddə "
            "siyasi məsləhətləşmələr keçiriblər. 2024-cü ilin ilk doqquz ayında iki ölkə arasında "
            "ticarət dövriyyəsi 2021 milyon dollar təşkil edib.")
    undated = [e for e in run_events("az", None, text, [AZE, UZB, TASHKENT]).events if e.type == "CONSULT"]
    dated = [e for e in run_events("az", "2024-11-09", text, [AZE, UZB, TASHKENT]).events if e.type == "CONSULT"]
    assert [(e.date, e.date_precision) for e in undated] == [("2024-11-07", "day")]
    assert [e.date for e in dated] == ["2024-11-07"]
    assert undated[0].confidence < dated[0].confidence


# The whole pipeline: an invitation made during a phone call under a dateline has no venue,
# neither the dateline's city nor the place the guest is invited to.
INVITATIONS = [
    ("az", "2024-10-24",
     "BAKI – Azərbaycan Prezidenti İlham Əliyev oktyabrın 22-də Özbəkistan Prezidenti Şavkat Mirziyoyevlə telefonla danışıb. "
     "İlham Əliyev Özbəkistan Prezidentini Bakıya səfərə dəvət edib.",
     [("CONSULT", "AZE", "UZB", "2024-10-22", None),
      ("AGREE", "AZE", "UZB", "2024-10-22", None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", INVITATIONS)
def test_invitation_during_a_call_has_no_venue(lang, published, text, expected):
    check_extracted(lang, published, text, expected)



# Unqualified national bodies act for the dateline's country (none without a dateline); passive
# demands come from the dateline's country; a genitive actor inside the object is the target;
# a response announced by a capital threatens the side that acted; a phone call has no venue.
DATELINE_ROWS = [
    ('az', '2024-10-24',
     'BAKI – Xarici İşlər Nazirliyi İsrailin Qəzzadakı məktəbə etdiyi hava hücumunu pisləyib.',
     [('ACCUSE', 'AZE', 'ISR', '2024-10-24', 'Baku')]),
    ('az', '2024-10-24',
     'BAKI – İrandan saxlanılan dənizçiləri azad etməsi tələb olunub.',
     [('REQUEST', 'AZE', 'IRN', '2024-10-24', 'Baku')]),
]


@pytest.mark.parametrize("lang,published,text,expected", DATELINE_ROWS)
def test_dateline_bodies_passive_demands_and_responses(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
