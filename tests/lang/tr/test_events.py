"""Turkish events: (lang, published, text, entities, expected) rows."""

import pytest

from ..table import table
from ..event_rows import check_extracted, check_events, run_events

TUR = ("country", "TUR", ["Türkiye"])
UZB = ("country", "UZB", ["Özbekistan"])
AZE = ("country", "AZE", ["Azerbaycan"])
FIDAN = ("person", "TUR", ["Hakan Fidan", "Fidan"])
SAIDOV = ("person", "UZB", ["Bahtiyor Saidov", "Saidov"])
ANKARA = ("place", "Ankara:TUR:323786", ["Ankara"])

ROWS = [
    ("tr", "2024-03-07",
     "Dışişleri Bakanı Hakan Fidan, Ankara'da bulunan Özbekistan Dışişleri Bakanı Bahtiyor Saidov'u dün kabul etti.",
     [FIDAN, SAIDOV, UZB, ANKARA],
     [("CONSULT", "UZB", "TUR", "2024-03-06")]),
    ("tr", "2024-03-07",
     "Türkiye ve Azerbaycan dışişleri bakanları salı günü telefonda görüştü.",
     [TUR, AZE],
     [("CONSULT", "TUR", "AZE", "2024-03-05")]),
    ("tr", "2024-03-07",
     "Türkiye, Azerbaycan'ın toprak bütünlüğünü desteklediğini bir kez daha vurguladı.",
     [TUR, AZE],
     [("SUPPORT", "TUR", "AZE", "2024-03-07")]),
    ("tr", "2024-03-07",
     "Fidan'ın gelecek hafta Özbekistan'ı ziyaret edecek.",
     [FIDAN, UZB], [("AGREE", "TUR", "UZB", "2024-03-07")]),
    ("tr", "2024-03-07",
     "Türkiye, Özbekistan'ın en büyük ticaret ortakları arasında yer alıyor.",
     [TUR, UZB], []),
]


test_events = table(check_events, ROWS)


def test_the_guest_is_the_visitor():
    lang, published, text, entities, _ = ROWS[0]
    (event,) = run_events(lang, published, text, entities).events
    assert (event.source.code, event.target.code, event.mode) == ("UZB", "TUR", "visit")
    assert event.location is not None and event.location.name == "Ankara"


RUS = ("country", "RUS", ["Rusya"])
FIN = ("country", "FIN", ["Finlandiya"])
SYR = ("country", "SYR", ["Suriye"])
BAKU = ("place", "Baku:AZE:587084", ["Bakü"])

MORE_ROWS = [
    ("tr", "2024-10-24", "Rusya, Finlandiya'nın kararına karşılık vereceğini açıkladı.",
     [RUS, FIN], [("THREATEN", "RUS", "FIN", "2024-10-24")]),
    ("tr", "2024-10-24", "Türkiye ile Azerbaycan arasında salı günü enerji alanında mutabakat zaptı imzalandı.",
     [TUR, AZE], [("SUPPORT", "TUR", "AZE", "2024-10-22")]),
    ("tr", "2024-10-24", "Türkiye, Suriye'ye 50 tır insani yardım gönderdi.",
     [TUR, SYR], [("AID", "TUR", "SYR", "2024-10-24")]),
    ("tr", "2024-10-24", "Hakan Fidan salı günü Bakü'ye resmi ziyarette bulundu.",
     [FIDAN, BAKU], [("CONSULT", "TUR", "AZE", "2024-10-22")]),
    # Negatives: negation, background year.
    ("tr", "2024-10-24", "Türkiye, Rusya'ya yaptırım uygulamadı.", [TUR, RUS], []),
    ("tr", "2024-10-24", "Türkiye ile Azerbaycan 2010 yılında benzer bir anlaşma imzaladı.", [TUR, AZE], []),
]


test_more_events = table(check_events, MORE_ROWS)


# The whole pipeline: an invitation made during a phone call under a dateline has no venue,
# neither the dateline's city nor the place the guest is invited to.
INVITATIONS = [
    ("tr", "2024-10-24",
     "ANKARA – Türkiye Cumhurbaşkanı Recep Tayyip Erdoğan, 22 Ekim'de Kazakistan Cumhurbaşkanı Tokayev ile telefonda görüştü. "
     "Erdoğan, Kazakistan Cumhurbaşkanını Ankara'ya davet etti.",
     [("CONSULT", "TUR", "KAZ", "2024-10-22", None),
      ("AGREE", "TUR", "KAZ", "2024-10-22", None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", INVITATIONS)
def test_invitation_during_a_call_has_no_venue(lang, published, text, expected):
    check_extracted(lang, published, text, expected)


# An impersonal promise to retaliate, placed in a capital: that capital's country threatens,
# the side that acted first is threatened; the capital speaks for its country and is no venue.
GRC_ = ("country", "GRC", ["Yunanistan"])
TUR_ = ("country", "TUR", ["Türk"])
ANKARA_ = ("place", "Ankara:TUR:323786", ["Ankara"])


def test_impersonal_retaliation_from_a_capital():
    doc = check_events("tr", "2024-10-24", "Yunanistan, bir Türk diplomatı sınır dışı etti. Ankara'da bu adıma karşılık verileceği belirtildi.", [GRC_, TUR_, ANKARA_],
                       [("SANCTION", "GRC", "TUR", "2024-10-24"), ("THREATEN", "TUR", "GRC", "2024-10-24")])
    assert all(e.location is None for e in doc.events if e.type == "THREATEN")



# Unqualified national bodies act for the dateline's country (none without a dateline); passive
# demands come from the dateline's country; a genitive actor inside the object is the target;
# a response announced by a capital threatens the side that acted; a phone call has no venue.
DATELINE_ROWS = [
    ('tr', '2024-10-24',
     "ANKARA – Dışişleri Bakanlığı, İsrail'in Gazze'deki bir okula düzenlediği hava saldırısını kınadı.",
     [('ACCUSE', 'TUR', 'ISR', '2024-10-24', 'Ankara')]),
    ('tr', '2024-10-24',
     "Dışişleri Bakanlığı, İsrail'in Gazze'deki bir okula düzenlediği hava saldırısını kınadı.",
     []),
    ('tr', '2024-10-24',
     "ANKARA – İran'dan gözaltındaki denizcileri serbest bırakması istendi.",
     [('REQUEST', 'TUR', 'IRN', '2024-10-24', 'Ankara')]),
]


@pytest.mark.parametrize("lang,published,text,expected", DATELINE_ROWS)
def test_dateline_bodies_passive_demands_and_responses(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
