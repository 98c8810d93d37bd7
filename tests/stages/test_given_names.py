"""A given name written like a country's ("Jordan Marceau", "جورجيا فيراني"): no country anywhere (entities,
events, figures, locations), decided once by the entities stage; the country stays where it is one."""

from __future__ import annotations

import pytest

from legation.extract import extract


def _codes(doc) -> set[str]:
    """Every country code the record uses: entities, event parties and places, figure parties."""
    codes = {e.code for e in doc.entities if e.kind == "country"}
    codes |= {e.country for e in doc.entities if e.kind == "place" and e.country}
    for v in doc.events:
        codes |= {p.code for p in (v.source, v.target) if p is not None}
        if v.location is not None and v.location.country:
            codes.add(v.location.country)
    for f in doc.figures:
        codes |= {f.reporter, f.partner} - {None}
    return codes


GIVEN = [
    ("en", "Jordan Marceau, a French senator, said Paris would send Ukraine 40 million euros in winter aid.", "JOR"),
    ("en", "Georgia Ferrante criticised Hungary for blocking the sanctions package.", "GEO"),
    ("en", "Speaking in Warsaw, Italian senator Georgia Ferrante praised Poland.", "GEO"),
    ("tr", "Fransız milletvekili Jordan Marceau, Ukrayna'ya yardımın artırılmasını istedi.", "JOR"),
    ("ar", "وقالت جورجيا فيراني إن إيطاليا ستقدم لتونس مساعدات بقيمة 15 مليون يورو.", "GEO"),
    ("ar", "أكد وزير خارجية إيطاليا جورجيا فيراني أن روما تدعم ليبيا.", "GEO"),
    ("ru", "Сенатор Италии Джорджия Ферранте раскритиковала Венгрию за блокировку санкций.", "GEO"),
    ("hi", "इटली की प्रधानमंत्री जॉर्जिया फेरांते ने कहा कि इटली ट्यूनीशिया को 10 करोड़ यूरो देगा।", "GEO"),
]


@pytest.mark.parametrize("lang, text, code", GIVEN)
def test_a_given_name_spelled_like_a_country_is_no_country(lang: str, text: str, code: str) -> None:
    doc = extract(text, lang=lang, published="2025-03-04")
    assert code not in _codes(doc), (doc.entities, doc.events, doc.figures)


COUNTRY = [
    ("en", "Georgia's prime minister met the Polish president in Warsaw.", "GEO"),
    ("en", "Poland pledged 20 million euros to Jordan. Jordan Marceau welcomed the aid.", "JOR"),
    ("en", "The foreign minister of Jordan, Ayman Safadi, condemned Israel.", "JOR"),
    ("en", "Georgia said on Tuesday it would expel two Russian diplomats.", "GEO"),
    ("ar", "وقالت جورجيا إن روسيا تحتل جزءا من أراضيها.", "GEO"),
    ("ar", "التقت رئيسة جورجيا سالومة كابانادزه نظيرها الأذربيجاني في باكو.", "GEO"),
    ("hi", "जॉर्जिया के प्रधानमंत्री ने पोलैंड का दौरा किया।", "GEO"),
    # A headline in title case: the capital letter of the next word says nothing of a surname.
    ("en", "Georgia Expels Two Russian Diplomats\n\nThe foreign ministry gave them 48 hours to leave.", "GEO"),
    ("en", "Jordan Recalls Ambassador From Israel\n\nThe decision was announced in Amman on Wednesday.", "JOR"),
]


@pytest.mark.parametrize("lang, text, code", COUNTRY)
def test_the_country_stays_where_it_is_one(lang: str, text: str, code: str) -> None:
    doc = extract(text, lang=lang, published="2025-03-04")
    assert code in {e.code for e in doc.entities if e.kind == "country"}, doc.entities


def test_a_given_name_is_no_party_of_an_event_or_figure() -> None:
    # Without the rule "Jordan" would accuse France, and "Georgia" give the aid.
    doc = extract("Jordan Marceau accused France of delaying the talks.", lang="en", published="2025-03-04")
    assert all("JOR" not in (v.source and v.source.code, v.target and v.target.code) for v in doc.events)
    doc = extract("وقالت جورجيا فيراني إن إيطاليا ستقدم لتونس مساعدات بقيمة 15 مليون يورو.", lang="ar",
                  published="2025-03-04")
    assert [(f.reporter, f.partner) for f in doc.figures if f.metric == "aid"] == [("ITA", "TUN")]
