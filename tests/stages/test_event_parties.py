"""Who the parties of an event are and when it happened: passives with words between the
verb and its agent, and relative days under a dated dateline."""

from __future__ import annotations

import pytest

from legation.extract import extract


def _pairs(text: str, lang: str, published: str = "2024-05-10") -> set[tuple[str, frozenset[str], str | None]]:
    doc = extract(text, published=published, lang=lang)
    return {(e.type, frozenset((e.source.code, e.target.code)), e.date) for e in doc.events}


PASSIVES = [
    ("it", "La presidente del Consiglio italiana Giorgia Meloni è stata ricevuta mercoledì a Pechino dal "
           "presidente cinese Xi Jinping.", {"ITA", "CHN"}),
]


@pytest.mark.parametrize("lang,text,pair", PASSIVES)
def test_a_guest_received_by_a_host_with_a_day_between_verb_and_agent_is_a_meeting(lang, text, pair):
    assert ("CONSULT", frozenset(pair), "2024-05-08") in _pairs(text, lang)


DATELINED = [
    ("ru", "Москва, 8 мая. Президент России Владимир Путин вчера провел переговоры с президентом "
           "Казахстана Касым-Жомартом Токаевым.", "2024-05-07"),
    ("en", "MOSCOW, May 8 - Russian President Vladimir Putin held talks with Kazakh President "
           "Kassym-Jomart Tokayev yesterday.", "2024-05-07"),
    ("de", "Berlin, 8. Mai - Bundeskanzler Olaf Scholz hat am Montag den polnischen Ministerpräsidenten "
           "Donald Tusk empfangen.", "2024-05-06"),
]


@pytest.mark.parametrize("lang,text,day", DATELINED)
def test_relative_days_count_from_a_dated_dateline_before_publication(lang, text, day):
    doc = extract(text, published="2024-05-10", lang=lang)
    assert [e.date for e in doc.events if e.type == "CONSULT"] == [day]


def test_relative_days_without_a_dated_dateline_count_from_publication():
    text = "Президент России Владимир Путин вчера провел переговоры с президентом Казахстана Касым-Жомартом Токаевым."
    assert {e.date for e in extract(text, published="2024-05-10", lang="ru").events} == {"2024-05-09"}


SIDELINES = [
    ("en", "On the sidelines of the SCO summit in Astana, Chinese President Xi Jinping met Russian President "
           "Vladimir Putin on Wednesday.", {"CHN", "RUS"}),
    ("fr", "Au sommet de l'OCS à Astana, le président russe Vladimir Poutine a rencontré mercredi le président "
           "chinois Xi Jinping.", {"RUS", "CHN"}),
    ("ru", "В среду на полях саммита ШОС в Астане президент России Владимир Путин встретился с председателем "
           "КНР Си Цзиньпином.", {"RUS", "CHN"}),
    ("tr", "Cumhurbaşkanı Recep Tayyip Erdoğan, çarşamba günü ŞİÖ zirvesi marjında Astana'da Rusya Devlet "
           "Başkanı Vladimir Putin ile görüştü.", {"TUR", "RUS"}),
    ("de", "Am Rande des NATO-Gipfels in Washington traf Bundeskanzler Olaf Scholz am Mittwoch den "
           "polnischen Ministerpräsidenten Donald Tusk.", {"DEU", "POL"}),
]


@pytest.mark.parametrize("lang,text,pair", SIDELINES)
def test_a_meeting_on_a_summits_sidelines_is_between_its_two_sides_not_the_summits_organisation(lang, text, pair):
    assert _pairs(text, lang) == {("CONSULT", frozenset(pair), "2024-05-08")}


THREE_SIDES = [
    ("ru", "Президент Франции Эммануэль Макрон и глава Еврокомиссии Урсула фон дер Ляйен в среду встретились "
           "в Пекине с председателем КНР Си Цзиньпином.", ("FRA", "EC", "CHN")),
    ("it", "Il presidente francese Emmanuel Macron e la presidente della Commissione europea Ursula von der Leyen "
           "hanno incontrato mercoledì a Pechino il presidente cinese Xi Jinping.", ("FRA", "EC", "CHN")),
    ("ru", "Премьер-министр Армении Никол Пашинян в среду встретился в Брюсселе с председателем Еврокомиссии "
           "Урсулой фон дер Ляйен и госсекретарем США Энтони Блинкеном.", ("ARM", "EC", "USA")),
    ("tr", "Ermenistan Başbakanı Nikol Paşinyan çarşamba günü Brüksel'de AB Komisyonu Başkanı Ursula von der "
           "Leyen ve ABD Dışişleri Bakanı Antony Blinken ile görüştü.", ("ARM", "EU", "USA")),
    ("de", "Der armenische Regierungschef Nikol Paschinjan traf am Mittwoch in Brüssel "
           "EU-Kommissionspräsidentin Ursula von der Leyen und US-Außenminister Antony Blinken.", ("ARM", "EU", "USA")),
]


@pytest.mark.parametrize("lang,text,sides", THREE_SIDES)
def test_officials_met_after_the_verb_are_parties_of_a_meeting_of_three(lang, text, sides):
    a, b, c = sides
    expected = {("CONSULT", frozenset(p), "2024-05-08") for p in ((a, b), (a, c), (b, c))}
    assert _pairs(text, lang) == expected


def test_a_country_the_parties_talked_about_is_no_party():
    text = ("Der armenische Regierungschef Nikol Paschinjan traf am Mittwoch in Brüssel EU-Kommissionspräsidentin "
            "Ursula von der Leyen, um über die Lage in Aserbaidschan zu beraten.")
    assert _pairs(text, "de") == {("CONSULT", frozenset(("ARM", "EU")), "2024-05-08")}


@pytest.mark.parametrize("lang,text", [
    ("en", "The UN Security Council met on Wednesday to discuss North Korea's missile launch."),
    ("de", "Der UN-Sicherheitsrat kam am Mittwoch zusammen, um über den Raketenstart Nordkoreas zu beraten."),
])
def test_a_bodys_sitting_on_a_country_is_no_meeting_with_it(lang, text):
    assert _pairs(text, lang) == set()


def test_a_body_meeting_an_official_of_a_country_is_a_meeting():
    text = "The UN Security Council met Ukrainian Foreign Minister Dmytro Kuleba on Wednesday."
    assert _pairs(text, "en") == {("CONSULT", frozenset(("UNSC", "UKR")), "2024-05-08")}


# Issue 16, parties: passive visits with words between the verb and its agent, trips to two
# countries, brokers and hosts of others' talks, third sides at the table.

PASSIVE_VISITS = [
    ("es", "El presidente del Gobierno español, Pedro Sánchez, fue recibido el miércoles en Rabat por el rey "
           "Mohamed VI de Marruecos.", {"ESP", "MAR"}),
    ("it", "La presidente del Consiglio Giorgia Meloni è stata accolta mercoledì dal presidente tunisino Kais "
           "Saied a Tunisi.", {"ITA", "TUN"}),
]


@pytest.mark.parametrize("lang,text,pair", PASSIVE_VISITS)
def test_a_guest_received_by_a_host_abroad_is_a_visit(lang, text, pair):
    doc = extract(text, published="2024-05-10", lang=lang)
    assert {(e.type, frozenset((e.source.code, e.target.code)), e.mode) for e in doc.events} == \
        {("CONSULT", frozenset(pair), "visit")}


TRIPS = [
    ("en", "Hungarian Prime Minister Viktor Orban met Chinese President Xi Jinping in Beijing on Monday and then "
           "flew to Moscow, where he met Russian President Vladimir Putin.", "HUN", {"CHN", "RUS"}),
    ("hu", "Orbán Viktor miniszterelnök hétfőn Pekingben Hszi Csin-ping kínai elnökkel tárgyalt, majd Moszkvába "
           "utazott, ahol Vlagyimir Putyin orosz elnökkel találkozott.", "HUN", {"CHN", "RUS"}),
    ("id", "Presiden Joko Widodo melakukan kunjungan kenegaraan ke Tiongkok dan Jepang pekan ini.", "IDN",
     {"CHN", "JPN"}),
]


@pytest.mark.parametrize("lang,text,traveller,hosts", TRIPS)
def test_a_trip_to_two_countries_is_a_meeting_with_each_not_between_them(lang, text, traveller, hosts):
    pairs = {p for t, p, _ in _pairs(text, lang) if t == "CONSULT"}
    assert pairs == {frozenset((traveller, h)) for h in hosts}


BROKERED = [
    ("ar", "اتفقت السعودية وإيران يوم الجمعة على استئناف العلاقات الدبلوماسية بينهما، بعد محادثات استضافتها "
           "الصين في بكين وبوساطة صينية.", {"SAU", "IRN"}, "Beijing"),
    ("en", "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations after talks in Beijing "
           "brokered by China.", {"SAU", "IRN"}, "Beijing"),
]


@pytest.mark.parametrize("lang,text,pair,city", BROKERED)
def test_a_broker_of_an_agreement_is_no_party_to_it_and_its_city_is_where_it_was_made(lang, text, pair, city):
    doc = extract(text, published="2024-05-10", lang=lang)
    agreed = [e for e in doc.events if e.type == "AGREE"]
    assert [{e.source.code, e.target.code} for e in agreed] == [pair]
    assert agreed[0].location is not None and agreed[0].location.name == city
    # The broker consulted each side at the talks it held, and is a party of nothing else.
    assert all({e.source.code, e.target.code} == pair for e in doc.events if e.type != "CONSULT")
    assert {frozenset((e.source.code, e.target.code)) for e in doc.events if e.type == "CONSULT"} == \
        {frozenset(pair)} | {frozenset(("CHN", side)) for side in pair}


AT_THE_TABLE = [
    ("ru", "В среду в Стамбуле прошли прямые переговоры делегаций России и Украины при участии министра "
           "иностранных дел Турции Хакана Фидана. Стороны договорились об обмене пленными.",
     ("RUS", "UKR", "TUR")),
    ("fr", "Les ministres des Affaires étrangères de l'Arménie et de l'Azerbaïdjan se sont rencontrés mercredi à "
           "Washington en présence du secrétaire d'Etat américain Antony Blinken.", ("ARM", "AZE", "USA")),
]


@pytest.mark.parametrize("lang,text,sides", AT_THE_TABLE)
def test_a_third_side_at_the_table_meets_both_but_agrees_nothing(lang, text, sides):
    a, b, c = sides
    found = _pairs(text, lang)
    assert {p for t, p, _ in found if t == "CONSULT"} == {frozenset(p) for p in ((a, b), (a, c), (b, c))}
    assert {p for t, p, _ in found if t == "AGREE"} <= {frozenset((a, b))}


@pytest.mark.parametrize("lang,text", [
    ("be", "Падчас перамоў у Мінску ў сераду прэзідэнт Беларусі Аляксандр Лукашэнка і прэзідэнт Расіі Уладзімір "
           "Пуцін падпісалі дагавор аб гарантыях бяспекі."),
    ("be", "Дагавор аб гарантыях бяспекі быў падпісаны ў сераду ў Мінску падчас сустрэчы прэзідэнтаў Беларусі і "
           "Расіі Аляксандра Лукашэнкі і Уладзіміра Пуціна."),
])
def test_a_treaty_signed_during_talks_comes_with_the_talks(lang, text):
    assert ("CONSULT", frozenset(("BLR", "RUS")), "2024-05-08") in _pairs(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("tr", "TBMM Dışişleri Komisyonu, İsveç'in NATO'ya katılım protokolünü salı günü kabul etti."),
    ("id", "Presiden Joko Widodo tiba di Manila untuk menghadiri pelantikan Presiden Filipina Ferdinand Marcos Jr."),
    ("en", "Indonesian President Joko Widodo arrived in Manila on Thursday to attend the inauguration of "
           "Philippine President Ferdinand Marcos Jr."),
])
def test_no_meeting_without_two_sides_that_meet(lang, text):
    assert not [t for t, _, _ in _pairs(text, lang) if t == "CONSULT"]


@pytest.mark.parametrize("lang,text,pair", [
    ("tr", "Cumhurbaşkanı Erdoğan, Macaristan Başbakanı Viktor Orban'ı salı günü Beştepe'de kabul etti.", {"TUR", "HUN"}),
    ("id", "Presiden Joko Widodo tiba di Manila dan bertemu dengan Presiden Filipina Ferdinand Marcos Jr.",
     {"IDN", "PHL"}),
])
def test_a_host_receiving_a_leader_and_a_trip_with_talks_stay_meetings(lang, text, pair):
    assert frozenset(pair) in {p for t, p, _ in _pairs(text, lang) if t == "CONSULT"}


@pytest.mark.parametrize("lang,text,pair", [
    ("he", "שר החוץ של ישראל יאיר לפיד נחת במרוקו לביקור היסטורי.", {"ISR", "MAR"}),
    ("he", "שר החוץ ישראל כ\"ץ ביקר ביוון ונפגש עם ראש הממשלה קיריאקוס מיצוטאקיס.", {"ISR", "GRC"}),
])
def test_a_visit_told_with_hebrew_prefixes_is_a_meeting(lang, text, pair):
    assert {p for t, p, _ in _pairs(text, lang) if t == "CONSULT"} == {frozenset(pair)}


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le président Emmanuel Macron et la présidente de la Commission européenne Ursula von der Leyen ont "
           "appelé jeudi le président chinois Xi Jinping à ramener la Russie à la raison."),
    ("en", "French President Emmanuel Macron and European Commission President Ursula von der Leyen urged Chinese "
           "President Xi Jinping on Thursday to bring Russia to its senses."),
])
def test_two_leaders_named_with_their_titles_both_ask(lang, text):
    doc = extract(text, published="2024-05-10", lang=lang)
    asked = {(e.source.code, e.target.code) for e in doc.events if e.type == "REQUEST"}
    assert asked == {("FRA", "CHN"), ("EC", "CHN")}
