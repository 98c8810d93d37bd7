"""Azerbaijani events: (lang, published, text, entities, expected) rows."""

import pytest

from ..event_rows import check_events, run_events

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
     [MINISTER, UZB], []),
    ("az", "2024-06-14",
     "Azərbaycan ilə Gürcüstan arasında ticarət dövriyyəsi 2023-cü ildə 12 faiz artıb.",
     [AZE, GEO], []),
    ("az", "2024-06-14",
     "Ceyhun Bayramov Özbəkistan nümayəndəsi ilə görüşmədi.",
     [MINISTER, UZB], []),
]


@pytest.mark.parametrize("lang,published,text,entities,expected", ROWS)
def test_events(lang, published, text, entities, expected):
    check_events(lang, published, text, entities, expected)


def test_consultation_round_place_and_topics():
    lang, published, text, entities, _ = ROWS[0]
    (event,) = run_events(lang, published, text, entities).events
    assert event.round == 3
    assert event.location is not None and event.location.name == "Tashkent"
    assert event.mode == "visit" and event.source.code == "AZE"
    assert {"transport", "energy"} <= set(event.topics)
